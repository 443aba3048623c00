package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.platform.security.UserRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens as an admin issues, lists and revokes them: shared by the JSON API ({@link
 * AdminController}) and the admin pages; each change names itself in the audit row of its
 * transaction. A token's secret is returned once, when it is issued, and never stored.
 */
@Service
class ApiTokens {
  private final ApiTokenService tokens;
  private final UserRepository users;

  public ApiTokens(ApiTokenService tokens, UserRepository users) {
    this.tokens = tokens;
    this.users = users;
  }

  /** Fails with "not found" unless the user exists (before anything is claimed or written). */
  public void requireUser(long userId) {
    users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
  }

  /**
   * @throws NotFoundException when there is no such user
   */
  @Transactional
  public ApiTokenService.IssuedToken issue(long userId, String name, AuditFacts touched) {
    requireUser(userId);
    touched.detail("token issued to user " + userId);
    return tokens.issue(userId, name);
  }

  public List<ApiTokenService.TokenInfo> list() {
    return tokens.list();
  }

  /** The tokens of one user, active or revoked. */
  public List<ApiTokenService.TokenInfo> of(long userId) {
    return tokens.list().stream().filter(t -> t.userId() == userId).toList();
  }

  /**
   * @throws NotFoundException when there is no such active token
   */
  @Transactional
  public void revoke(long tokenId, AuditFacts touched) {
    if (!tokens.revoke(tokenId)) {
      throw new NotFoundException("active token");
    }
    touched.detail("token " + tokenId + " revoked");
  }
}
