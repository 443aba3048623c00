package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pharmacies: the list with their state, adding one, and switching one on or off (a deactivated
 * pharmacy's pharmacists cannot dispense). Made and audited by the same service as the admin API.
 */
@WebPage
class PharmaciesPage {
  /** The longest pharmacy name the page accepts. */
  static final int MAX_NAME = 200;

  private final Pharmacies pharmacies;
  private final FormTokens forms;

  public PharmaciesPage(Pharmacies pharmacies, FormTokens forms) {
    this.pharmacies = pharmacies;
    this.forms = forms;
  }

  @GetMapping("/admin/pharmacies")
  String list(Model model) {
    return show(Map.of(), model);
  }

  @PostMapping("/admin/pharmacies")
  String create(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestParam(defaultValue = "") String name,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    String n = name.strip();
    if (n.isEmpty()) {
      return show(Map.of("name", "is required"), model);
    }
    if (n.length() > MAX_NAME) {
      return show(Map.of("name", "is at most " + MAX_NAME + " characters"), model);
    }
    return forms.submit(
        admin,
        request,
        () -> {
          var p = pharmacies.create(n, touched);
          redirect.addFlashAttribute("notice", "Pharmacy " + p.name() + " added.");
          return "/admin/pharmacies";
        });
  }

  @PostMapping("/admin/pharmacies/{id}/active")
  String setActive(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestParam boolean active,
      HttpServletRequest request,
      RedirectAttributes redirect,
      AuditFacts touched) {
    return forms.submit(
        admin,
        request,
        () -> {
          var p = pharmacies.setActive(id, active, touched);
          redirect.addFlashAttribute(
              "notice", p.name() + (active ? " activated." : " deactivated."));
          return "/admin/pharmacies";
        });
  }

  private String show(Map<String, String> errors, Model model) {
    model.addAttribute("pharmacies", pharmacies.list());
    model.addAttribute("errors", errors);
    return "admin/pharmacies";
  }
}
