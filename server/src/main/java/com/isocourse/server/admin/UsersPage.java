package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts: the list with role, active state and sign-in lock, a form that creates a user,
 * and per user the switches (active, certification, unlock) and the role and password forms. Bad
 * input is shown next to its field and changes nothing; each change is made and audited by the same
 * services as the admin API.
 */
@WebPage
class UsersPage {
  private static final List<Role> STAFF_ROLES =
      List.of(Role.PRESCRIBER, Role.DESIGNEE, Role.PHARMACIST, Role.ADMIN);

  private final StaffAccounts staff;
  private final AccountChanges changes;
  private final Pharmacies pharmacies;
  private final FormTokens forms;
  private final ApiTokens apiTokens;

  public UsersPage(
      StaffAccounts staff,
      AccountChanges changes,
      Pharmacies pharmacies,
      FormTokens forms,
      ApiTokens apiTokens) {
    this.apiTokens = apiTokens;
    this.staff = staff;
    this.changes = changes;
    this.pharmacies = pharmacies;
    this.forms = forms;
  }

  @GetMapping("/admin")
  String list(Model model) {
    return showList(Map.of(), model);
  }

  @PostMapping("/admin/users")
  String create(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String actsForId,
      @RequestParam(defaultValue = "") String pharmacyId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = username.strip();
    if (name.isEmpty()) {
      errors.put("username", "is required");
    } else if (name.length() > 100) {
      errors.put("username", "is at most 100 characters");
    }
    if (displayName.isBlank()) {
      errors.put("displayName", "is required");
    }
    if (password.length() < 12 || password.length() > 200) {
      errors.put("password", "must be 12 to 200 characters");
    }
    Role r = staffRole(role, errors);
    Long prescriber = r == Role.DESIGNEE ? id("actsForId", actsForId, errors) : null;
    Long pharmacy = r == Role.PHARMACIST ? pharmacyId("pharmacyId", pharmacyId, errors) : null;
    if (!errors.isEmpty()) {
      return showList(errors, model);
    }
    var newUser =
        new StaffAccounts.NewUser(name, password, r, displayName.strip(), prescriber, pharmacy);
    return submit(
        admin,
        request,
        model,
        () -> {
          CurrentUser u = staff.create(newUser, touched);
          redirect.addFlashAttribute(
              "notice", "User " + u.username() + " created as " + roleWord(u.role()) + ".");
          return "/admin/users/" + u.id();
        },
        errs -> showList(errs, model));
  }

  @GetMapping("/admin/users/{id}")
  String user(@PathVariable long id, Model model) {
    return showUser(id, Map.of(), model);
  }

  @PostMapping("/admin/users/{id}/active")
  String setActive(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestParam boolean active,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    return submit(
        admin,
        request,
        model,
        () -> {
          var ended = staff.setActive(admin, id, active, touched);
          redirect.addFlashAttribute(
              "notice",
              active
                  ? "User activated."
                  : "User deactivated: "
                      + ended.sessions()
                      + " sessions ended, "
                      + ended.tokens()
                      + " API tokens revoked.");
          return "/admin/users/" + id;
        },
        errs -> showUser(id, errs, model));
  }

  @PostMapping("/admin/users/{id}/role")
  String changeRole(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String actsForId,
      @RequestParam(defaultValue = "") String pharmacyId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Role r = staffRole(role, errors);
    Long prescriber = r == Role.DESIGNEE ? id("actsForId", actsForId, errors) : null;
    Long pharmacy = r == Role.PHARMACIST ? pharmacyId("pharmacyId", pharmacyId, errors) : null;
    if (!errors.isEmpty()) {
      return showUser(id, errors, model);
    }
    return submit(
        admin,
        request,
        model,
        () -> {
          changes.changeRole(admin, id, new AccountChanges.RoleChange(r, prescriber, pharmacy));
          redirect.addFlashAttribute(
              "notice", "Role changed to " + roleWord(r) + "; the user's sessions were ended.");
          return "/admin/users/" + id;
        },
        errs -> showUser(id, errs, model));
  }

  @PostMapping("/admin/users/{id}/password")
  String resetPassword(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (password.isBlank()) {
      return showUser(id, Map.of("password", "is required"), model);
    }
    return submit(
        admin,
        request,
        model,
        () -> {
          changes.resetPassword(admin, id, password);
          redirect.addFlashAttribute(
              "notice", "Password reset; the user's sessions and API tokens were ended.");
          return "/admin/users/" + id;
        },
        errs -> showUser(id, errs, model));
  }

  @PostMapping("/admin/users/{id}/unlock")
  String unlock(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    return submit(
        admin,
        request,
        model,
        () -> {
          changes.unlock(admin, id);
          redirect.addFlashAttribute("notice", "Sign-in unlocked.");
          return "/admin/users/" + id;
        },
        errs -> showUser(id, errs, model));
  }

  @PostMapping("/admin/users/{id}/certification")
  String certify(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestParam boolean certified,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    return submit(
        admin,
        request,
        model,
        () -> {
          pharmacies.certify(id, certified, touched);
          redirect.addFlashAttribute(
              "notice", certified ? "Prescriber certified." : "Certification cleared.");
          return "/admin/users/" + id;
        },
        errs -> showUser(id, errs, model));
  }

  /** Runs a write once for its form token; bad input re-shows the page with the fields named. */
  private String submit(
      CurrentUser admin,
      HttpServletRequest request,
      Model model,
      Supplier<String> write,
      java.util.function.Function<Map<String, String>, String> onErrors) {
    try {
      return forms.submit(admin, request, write);
    } catch (InvalidInputException e) {
      return onErrors.apply(Forms.errors(e));
    }
  }

  private String showList(Map<String, String> errors, Model model) {
    List<StaffAccounts.UserView> all = staff.list();
    model.addAttribute("staff", all.stream().filter(u -> u.user().role() != Role.PATIENT).toList());
    model.addAttribute("locks", staff.locks());
    model.addAttribute(
        "patientCount", all.stream().filter(u -> u.user().role() == Role.PATIENT).count());
    addChoices(all, model);
    model.addAttribute("errors", errors);
    return "admin/users";
  }

  private String showUser(long id, Map<String, String> errors, Model model) {
    List<StaffAccounts.UserView> all = staff.list();
    StaffAccounts.UserView u =
        all.stream()
            .filter(x -> x.user().id() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("user"));
    model.addAttribute("u", u);
    model.addAttribute("certification", pharmacies.certifications().get(id));
    model.addAttribute("tokens", apiTokens.of(id));
    addChoices(all, model);
    model.addAttribute("errors", errors);
    return "admin/user";
  }

  private void addChoices(List<StaffAccounts.UserView> all, Model model) {
    model.addAttribute("roles", STAFF_ROLES);
    model.addAttribute(
        "prescribers",
        all.stream().filter(x -> x.user().role() == Role.PRESCRIBER).map(x -> x.user()).toList());
    model.addAttribute("pharmacies", pharmacies.list());
    model.addAttribute("certifications", pharmacies.certifications());
  }

  private static Role staffRole(String value, Map<String, String> errors) {
    for (Role r : STAFF_ROLES) {
      if (r.name().equals(value)) {
        return r;
      }
    }
    errors.put("role", "choose prescriber, designee, pharmacist or admin");
    return null;
  }

  private static Long id(String field, String value, Map<String, String> errors) {
    if (value.isBlank()) {
      errors.put(field, "a designee acts for a prescriber: choose one");
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.put(field, "choose a prescriber from the list");
      return null;
    }
  }

  private Long pharmacyId(String field, String value, Map<String, String> errors) {
    if (value.isBlank()) {
      errors.put(field, "a pharmacist belongs to a pharmacy: choose one");
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (pharmacies.list().stream().noneMatch(p -> p.id() == id)) {
        errors.put(field, "no such pharmacy");
        return null;
      }
      return id;
    } catch (NumberFormatException e) {
      errors.put(field, "choose a pharmacy from the list");
      return null;
    }
  }

  /** A role in words, for notices. */
  static String roleWord(Role r) {
    return switch (r) {
      case PRESCRIBER -> "prescriber";
      case DESIGNEE -> "designee";
      case PHARMACIST -> "pharmacist";
      case ADMIN -> "admin";
      case PATIENT -> "patient";
    };
  }
}
