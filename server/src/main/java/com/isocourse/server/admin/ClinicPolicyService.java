package com.isocourse.server.admin;

import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's policy overrides as an admin reads and replaces them: validated as a whole against
 * the defaults ({@link PolicyOverrides}, rules.md policy parameters) before anything is written,
 * for the JSON API ({@link AdminController}) and the admin pages alike.
 */
@Service
class ClinicPolicyService {
  private final ClinicPolicyRepository policy;

  public ClinicPolicyService(ClinicPolicyRepository policy) {
    this.policy = policy;
  }

  /** The clinic policy: the overrides and every parameter's default. */
  public record PolicyView(Map<String, String> overrides, Map<String, String> defaults) {}

  public PolicyView view() {
    return new PolicyView(policy.overrides(), PolicyOverrides.keysWithDefaults());
  }

  /** What is wrong with these overrides, per key; empty when they may be saved. */
  public List<FieldProblem> problems(Map<String, String> overrides) {
    PolicyOverrides.Result r = PolicyOverrides.apply(Policy.defaults(), overrides);
    return r.ok()
        ? List.of()
        : r.problems().stream().map(p -> new FieldProblem(p.key(), p.reason())).toList();
  }

  /**
   * Replaces every override at once.
   *
   * @throws InvalidInputException naming each bad key, when nothing was written
   */
  @Transactional
  public PolicyView replace(CurrentUser admin, Map<String, String> overrides, AuditFacts touched) {
    List<FieldProblem> problems = problems(overrides);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    policy.replace(overrides, admin.id());
    touched.detail("clinic policy set to " + new TreeMap<>(overrides));
    return view();
  }
}
