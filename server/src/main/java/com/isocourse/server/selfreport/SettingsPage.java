package com.isocourse.server.selfreport;

import com.isocourse.core.plausibility.ContactLimits.Contact;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientContacts;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.FieldWords;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's reminder settings (issue 14): email, mobile, how reminders come (or none), and the
 * language. The same checks as enrollment and the API (core {@code ContactLimits}).
 */
@WebPage
class SettingsPage {
  private final PatientAccess access;
  private final PatientContacts contacts;
  private final FormTokens forms;
  private final MessageSource messages;
  private final FieldWords words;

  public SettingsPage(
      PatientAccess access,
      PatientContacts contacts,
      FormTokens forms,
      MessageSource messages,
      FieldWords words) {
    this.words = words;
    this.access = access;
    this.contacts = contacts;
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/me/settings")
  String settings(@AuthenticationPrincipal CurrentUser user, Model model, AuditFacts touched) {
    Contact c = contacts.of(access.self(user, touched).id()).withDefaults();
    return show(c, Map.of(), model);
  }

  private static String show(Contact c, Map<String, String> errors, Model model) {
    model.addAttribute("contact", c);
    model.addAttribute("errors", errors);
    return "patient/settings";
  }

  @PostMapping("/me/settings")
  String save(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "en") String preferredLanguage,
      @RequestParam(defaultValue = "") String reminderChannel,
      Locale locale,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    long patientId = access.self(user, touched).id();
    try {
      return forms.submit(
          user,
          request,
          () -> {
            Contact saved =
                contacts.update(
                    patientId, email, phone, preferredLanguage, reminderChannel, touched);
            // Said in the language just chosen: the next page is shown in it.
            redirect.addFlashAttribute(
                "notice",
                messages.getMessage(
                    "patient.settings.saved", null, Locale.forLanguageTag(saved.language())));
            return "/me/settings";
          });
    } catch (InvalidInputException e) {
      return show(
          new Contact(email, phone, preferredLanguage, reminderChannel, null),
          words.errors(e.problems(), locale),
          model);
    }
  }
}
