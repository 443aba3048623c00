package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's API tokens, from the user's admin page: issuing one (its secret is shown once, on the
 * page the issue redirects to) and revoking one. Made and audited by the same service as the API.
 */
@WebPage
class TokensPage {
  /** The longest token name the page accepts. */
  static final int MAX_NAME = 100;

  private final ApiTokens tokens;
  private final FormTokens forms;

  public TokensPage(ApiTokens tokens, FormTokens forms) {
    this.tokens = tokens;
    this.forms = forms;
  }

  @PostMapping("/admin/users/{id}/tokens")
  String issue(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String name,
      HttpServletRequest request,
      RedirectAttributes redirect,
      AuditFacts touched) {
    String n = name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      redirect.addFlashAttribute(
          "tokenError", "name: " + (n.isEmpty() ? "is required" : "is at most 100 characters"));
      return "redirect:/admin/users/" + id;
    }
    return forms.submit(
        admin,
        request,
        () -> {
          var issued = tokens.issue(id, n, touched);
          // Plain strings: the flash map is stored in the (serialized) web session.
          redirect.addFlashAttribute("issuedToken", issued.token());
          redirect.addFlashAttribute("issuedTokenName", issued.name());
          return "/admin/users/" + id;
        });
  }

  @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
  String revoke(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @PathVariable long tokenId,
      HttpServletRequest request,
      RedirectAttributes redirect,
      AuditFacts touched) {
    return forms.submit(
        admin,
        request,
        () -> {
          tokens.revoke(tokenId, touched);
          redirect.addFlashAttribute("notice", "Token " + tokenId + " revoked.");
          return "/admin/users/" + id;
        });
  }
}
