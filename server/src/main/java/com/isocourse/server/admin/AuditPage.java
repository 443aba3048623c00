package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditTrail;
import com.isocourse.server.platform.audit.AuditVerifier;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.ui.WebPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The audit viewer (issue 14 item 2): the trail filtered by user, patient (program ID), kind and
 * day, newest first with a link to older rows, and a button that checks the whole keyed chain from
 * the page. The same search, limits and check as {@code /api/admin/audit}; bad input is shown
 * beside its field and nothing is searched.
 */
@WebPage
class AuditPage {
  private final AuditQuery query;
  private final AuditTrail trail;

  public AuditPage(AuditQuery query, AuditTrail trail) {
    this.query = query;
    this.trail = trail;
  }

  /** The kinds offered in the filter, value and label. */
  static final Map<String, String> KINDS =
      Map.of(
          "all", "Everything",
          "changes", "Changes",
          "reads", "Reads",
          "sign-in", "Sign-in and sign-out",
          "refusals", "Refusals");

  @GetMapping("/admin/audit")
  String view(@ModelAttribute AuditForm form, Model model) {
    return show(form, model);
  }

  @PostMapping("/admin/audit/verify")
  String verify(@ModelAttribute AuditForm form, Model model) {
    AuditVerifier.Verdict verdict = trail.verify();
    model.addAttribute("verdict", verdict);
    return show(form, model);
  }

  private String show(AuditForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("kinds", List.of("all", "changes", "reads", "sign-in", "refusals"));
    model.addAttribute("kindLabels", KINDS);
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      AuditTrail.Page page = trail.search(query.read(form.typed()));
      model.addAttribute("rows", page.rows());
      model.addAttribute("nextBefore", page.nextBeforeId().orElse(null));
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        errors.putIfAbsent(p.field(), p.reason());
      }
      model.addAttribute("rows", List.of());
      model.addAttribute("nextBefore", null);
    }
    model.addAttribute("errors", errors);
    return "admin/audit";
  }

  /** The filter as the form sends it (every field optional text). */
  public static final class AuditForm {
    private String user = "";
    private String patient = "";
    private String kind = "";
    private String from = "";
    private String to = "";
    private String before = "";

    AuditQuery.Typed typed() {
      return new AuditQuery.Typed(user, patient, kind, from, to, before, "");
    }

    public String getUser() {
      return user;
    }

    public void setUser(String user) {
      this.user = user == null ? "" : user;
    }

    public String getPatient() {
      return patient;
    }

    public void setPatient(String patient) {
      this.patient = patient == null ? "" : patient;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind == null ? "" : kind;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from == null ? "" : from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to == null ? "" : to;
    }

    public String getBefore() {
      return before;
    }

    public void setBefore(String before) {
      this.before = before == null ? "" : before;
    }
  }
}
