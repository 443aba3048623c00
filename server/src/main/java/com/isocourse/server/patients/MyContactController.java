package com.isocourse.server.patients;

import com.isocourse.core.plausibility.ContactLimits.Contact;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient's own contact details and reminder preferences (issue 14): where reminders go, by
 * which channel (NONE opts out), and in which language. A patient sees and changes only her own.
 */
@RestController
@RequestMapping("/api/me/contact")
class MyContactController {
  private final PatientAccess access;
  private final PatientContacts contacts;

  MyContactController(PatientAccess access, PatientContacts contacts) {
    this.access = access;
    this.contacts = contacts;
  }

  /** The settings as shown and sent. */
  record ContactSettings(
      String email, String phone, String preferredLanguage, String reminderChannel) {
    static ContactSettings of(Contact c) {
      Contact d = c.withDefaults();
      return new ContactSettings(d.email(), d.phone(), d.language(), d.channel());
    }
  }

  @GetMapping
  ContactSettings mine(@AuthenticationPrincipal CurrentUser user, AuditFacts touched) {
    return ContactSettings.of(contacts.of(access.self(user, touched).id()));
  }

  @PutMapping
  ContactSettings change(
      @AuthenticationPrincipal CurrentUser user,
      @RequestBody ContactSettings wanted,
      AuditFacts touched) {
    long id = access.self(user, touched).id();
    return ContactSettings.of(
        contacts.update(
            id,
            wanted.email(),
            wanted.phone(),
            wanted.preferredLanguage(),
            wanted.reminderChannel(),
            touched));
  }
}
