package com.isocourse.core.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.plausibility.ContactLimits.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contact details (issue 14): each limit below / at / above, the defaults, and what goes together.
 */
class ContactLimitsTest {
  private static List<String> fields(Contact c) {
    return ContactLimits.check(c).stream().map(EntryProblem::field).toList();
  }

  @ParameterizedTest(name = "email \"{0}\": valid {1}")
  @CsvSource({
    "pia@example.org, true",
    "a@b.co, true",
    "no-at-sign.example.org, false",
    "two@@example.org, false",
    "'spa ce@example.org', false",
    "nodot@example, false",
  })
  void emailShape(String email, boolean valid) {
    assertThat(fields(new Contact(email, null, null, null, null)).contains("email"))
        .isEqualTo(!valid);
  }

  @Test
  void emailLengthAtAndAboveTheLimit() {
    String at = "a".repeat(ContactLimits.MAX_EMAIL - "@example.org".length()) + "@example.org";
    assertThat(at).hasSize(ContactLimits.MAX_EMAIL);
    assertThat(fields(new Contact(at, null, null, null, null))).isEmpty();
    assertThat(fields(new Contact("a" + at, null, null, null, null))).containsExactly("email");
  }

  @ParameterizedTest(name = "phone \"{0}\": valid {1}")
  @CsvSource({
    "+1 555 010 9999, true",
    "'(030) 1234-56', true",
    "12345, false",
    "123456, true",
    "+123456789012345678901, false",
    "555-CALL-ME, false",
  })
  void phoneShape(String phone, boolean valid) {
    assertThat(fields(new Contact(null, phone, null, "SMS", null)).contains("phone"))
        .isEqualTo(!valid);
  }

  @Test
  void defaultsFollowWhatWasGiven() {
    assertThat(new Contact("a@b.co", null, null, null, null).withDefaults().channel())
        .isEqualTo("EMAIL");
    assertThat(new Contact(null, "+1 555 0100", null, null, null).withDefaults().channel())
        .isEqualTo("SMS");
    Contact none = new Contact(" ", "", null, null, null).withDefaults();
    assertThat(none.channel()).isEqualTo("NONE");
    assertThat(none.email()).isNull();
    assertThat(none.language()).isEqualTo("en");
    assertThat(fields(new Contact(null, null, null, null, null))).isEmpty();
  }

  @Test
  void aChannelNeedsItsAddressAndCodesAreChecked() {
    assertThat(fields(new Contact(null, "+1 555 0100", null, "EMAIL", null)))
        .containsExactly("email");
    assertThat(fields(new Contact("a@b.co", null, null, "sms", null))).containsExactly("phone");
    assertThat(fields(new Contact("a@b.co", null, "fr", "PIGEON", "unknown")))
        .containsExactly("preferredLanguage", "reminderChannel", "sexAtBirth");
    assertThat(fields(new Contact("a@b.co", null, "ES", "none", "female"))).isEmpty();
  }
}
