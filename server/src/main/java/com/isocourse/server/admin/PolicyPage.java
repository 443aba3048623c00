package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic policy: every parameter a clinic may override (rules.md policy parameters) with its
 * default and the clinic's value. A blank field means "use the default". The overrides are checked
 * as a whole by the same validation as the API's {@code PUT /api/admin/policy}: a bad value is
 * shown next to its parameter with the reason, and nothing is saved.
 */
@WebPage
class PolicyPage {
  private final ClinicPolicyService policy;
  private final FormTokens forms;

  public PolicyPage(ClinicPolicyService policy, FormTokens forms) {
    this.policy = policy;
    this.forms = forms;
  }

  @GetMapping("/admin/policy")
  String show(Model model) {
    ClinicPolicyService.PolicyView v = policy.view();
    return show(v.overrides(), Map.of(), model);
  }

  @PostMapping("/admin/policy")
  String save(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestParam Map<String, String> form,
      @RequestParam(defaultValue = "") String preview,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    Map<String, String> overrides = new LinkedHashMap<>();
    policy
        .view()
        .defaults()
        .keySet()
        .forEach(
            key -> {
              String value = form.get(key);
              if (value != null && !value.isBlank()) {
                overrides.put(key, value.strip());
              }
            });
    List<FieldProblem> problems = policy.problems(overrides);
    if (!problems.isEmpty()) {
      return show(overrides, Forms.errors(problems), model);
    }
    if (!preview.isEmpty()) {
      model.addAttribute("changes", changes(policy.view(), overrides));
      return show(overrides, Map.of(), model);
    }
    try {
      return forms.submit(
          admin,
          request,
          () -> {
            policy.replace(admin, overrides, touched);
            redirect.addFlashAttribute(
                "notice",
                overrides.isEmpty()
                    ? "Clinic policy saved: every parameter uses its default."
                    : "Clinic policy saved: " + overrides.size() + " parameters overridden.");
            return "/admin/policy";
          });
    } catch (InvalidInputException e) {
      return show(overrides, Forms.errors(e), model);
    }
  }

  /** One parameter whose effective value a change moves. */
  public record Change(String key, String from, String to) {}

  /** What saving these overrides would change, parameter by parameter (effective values). */
  static List<Change> changes(ClinicPolicyService.PolicyView now, Map<String, String> overrides) {
    return now.defaults().entrySet().stream()
        .map(
            d ->
                new Change(
                    d.getKey(),
                    now.overrides().getOrDefault(d.getKey(), d.getValue()),
                    overrides.getOrDefault(d.getKey(), d.getValue())))
        .filter(c -> !c.from().equals(c.to()))
        .toList();
  }

  private String show(Map<String, String> values, Map<String, String> errors, Model model) {
    ClinicPolicyService.PolicyView v = policy.view();
    model.addAttribute("defaults", v.defaults());
    model.addAttribute("saved", v.overrides());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "admin/policy";
  }
}
