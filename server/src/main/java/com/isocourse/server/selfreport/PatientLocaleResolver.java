package com.isocourse.server.selfreport;

import com.isocourse.server.patients.PatientContacts;
import com.isocourse.server.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages (issue 14 §4): a signed-in patient reads them in their preferred
 * language, read once per request from their row so a change in settings shows on the next page;
 * everyone else (clinicians, pharmacists, admins, the sign-in page) reads English. The browser's
 * Accept-Language is not used: the patient chose, and clinical staff share one language.
 */
@Component("localeResolver")
class PatientLocaleResolver implements LocaleResolver {
  private static final String ATTRIBUTE = PatientLocaleResolver.class.getName() + ".locale";
  static final Locale SPANISH = Locale.of("es");

  private final PatientContacts contacts;

  PatientLocaleResolver(PatientContacts contacts) {
    this.contacts = contacts;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof Locale known) {
      return known;
    }
    Locale locale = of(SecurityContextHolder.getContext().getAuthentication());
    request.setAttribute(ATTRIBUTE, locale);
    return locale;
  }

  private Locale of(Authentication auth) {
    if (auth != null && auth.getPrincipal() instanceof CurrentUser.PatientUser patient) {
      return "es".equals(contacts.language(patient.patientId())) ? SPANISH : Locale.ENGLISH;
    }
    return Locale.ENGLISH;
  }

  /** The language follows the patient's settings only; a request cannot switch it. */
  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    request.setAttribute(ATTRIBUTE, locale);
  }
}
