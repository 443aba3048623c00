package com.isocourse.core.plausibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A patient's contact details and reminder preferences (issue 14: reminders need an address, and
 * pages and messages are in the patient's language), checked the same way on every channel:
 * enrollment (API and form) and the patient's own settings. The limits match the database's checks
 * (schema 8), so a refused value is refused with its field name before anything is written.
 */
public final class ContactLimits {
  /** RFC 5321's longest forward path. */
  public static final int MAX_EMAIL = 254;

  /** Languages patient pages and messages are written in. */
  public static final Set<String> LANGUAGES = Set.of("en", "es");

  /** How reminders reach the patient; NONE is the opt-out. */
  public static final Set<String> CHANNELS = Set.of("EMAIL", "SMS", "NONE");

  /** Sex recorded at birth (beside the pregnancy-risk category, which the rules read). */
  public static final Set<String> SEXES_AT_BIRTH = Set.of("FEMALE", "MALE", "INTERSEX");

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

  private ContactLimits() {}

  /**
   * Contact details as entered; null means not given. {@code language} and {@code channel} default
   * to "en" and EMAIL when an email is given, SMS when only a phone is, NONE otherwise ({@link
   * #withDefaults}).
   */
  public record Contact(
      String email, String phone, String language, String channel, String sexAtBirth) {
    /** Blank values as not given, codes in their stored case, the defaults filled in. */
    public Contact withDefaults() {
      String e = blankToNull(email);
      String p = blankToNull(phone);
      String lang = blankToNull(language);
      String ch = blankToNull(channel);
      String sex = blankToNull(sexAtBirth);
      return new Contact(
          e == null ? null : e.trim(),
          p == null ? null : p.trim(),
          lang == null ? "en" : lang.toLowerCase(Locale.ROOT),
          ch == null
              ? (e != null ? "EMAIL" : p != null ? "SMS" : "NONE")
              : ch.toUpperCase(Locale.ROOT),
          sex == null ? null : sex.toUpperCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }

  /** The problems of the details once defaults are filled in; empty when they can be stored. */
  public static List<EntryProblem> check(Contact given) {
    Contact c = given.withDefaults();
    List<EntryProblem> problems = new ArrayList<>();
    if (c.email() != null) {
      if (c.email().length() > MAX_EMAIL) {
        problems.add(
            EntryProblem.of(
                "email", "too-long", "must be at most " + MAX_EMAIL + " characters", MAX_EMAIL));
      } else if (!EMAIL.matcher(c.email()).matches()) {
        problems.add(
            EntryProblem.of("email", "email-form", "must be an address like name@example.org"));
      }
    }
    if (c.phone() != null && !PHONE.matcher(c.phone()).matches()) {
      problems.add(
          EntryProblem.of(
              "phone",
              "phone-form",
              "must be 6 to 20 digits, spaces, brackets or dashes, optionally after +"));
    }
    if (!LANGUAGES.contains(c.language())) {
      problems.add(EntryProblem.of("preferredLanguage", "language", "must be en or es"));
    }
    if (!CHANNELS.contains(c.channel())) {
      problems.add(EntryProblem.of("reminderChannel", "channel", "must be EMAIL, SMS or NONE"));
    } else if (c.channel().equals("EMAIL") && c.email() == null) {
      problems.add(
          EntryProblem.of("email", "email-for-reminders", "is required for reminders by email"));
    } else if (c.channel().equals("SMS") && c.phone() == null) {
      problems.add(
          EntryProblem.of(
              "phone", "phone-for-reminders", "is required for reminders by text message"));
    }
    if (c.sexAtBirth() != null && !SEXES_AT_BIRTH.contains(c.sexAtBirth())) {
      problems.add(
          EntryProblem.of("sexAtBirth", "sex-at-birth", "must be FEMALE, MALE or INTERSEX"));
    }
    return problems;
  }
}
