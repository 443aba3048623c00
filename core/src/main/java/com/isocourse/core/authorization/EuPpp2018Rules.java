package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.ACKNOWLEDGEMENT_MISSING;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_INSUFFICIENT;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_LEAD_IN_TOO_SHORT;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_NOT_DOCUMENTED;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_WINDOW_EXPIRED;
import static com.isocourse.core.rulesets.RuleDescription.rule;

import com.isocourse.core.course.AcknowledgementSigned;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.pregnancy.ContraceptionRequirement;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** eu-ppp-2018, the EU/UK Pregnancy Prevention Programme (rules.md §3.6). */
final class EuPpp2018Rules implements RuleSet {
  private static final List<RuleDescription> RULES =
      List.of(
          rule(
              "EU-TEST",
              "PCGP: negative medical test ≤ 3 days before the prescription date.",
              PREGNANCY_TEST_OUTSIDE_WINDOW,
              PREGNANCY_TEST_MISSING),
          rule(
              "EU-RXVALID",
              "PCGP: dispensed within 7 days of the prescription date.",
              PRESCRIPTION_WINDOW_EXPIRED),
          rule(
              "EU-CONTRA",
              "PCGP: one primary or two secondary methods; 30-day lead-in on the first dispense.",
              CONTRACEPTION_NOT_DOCUMENTED,
              CONTRACEPTION_INSUFFICIENT,
              CONTRACEPTION_LEAD_IN_TOO_SHORT),
          rule(
              "EU-ACK",
              "PCGP: acknowledgement-of-risk form signed during this course.",
              ACKNOWLEDGEMENT_MISSING));

  @Override
  public RuleSetId id() {
    return RuleSetId.EU_PPP_2018;
  }

  @Override
  public List<RuleDescription> rules() {
    return RULES;
  }

  /** PCNGP: §3.1 and §3.2 only, no supply or refill limit; doNotDispenseAfter = request + 29. */
  @Override
  public CategoryOutcome cannotGetPregnant(DecisionContext c) {
    return new CategoryOutcome(List.of(), Optional.of(c.date().plusDays(29)));
  }

  /** PCGP: EU-TEST, EU-RXVALID, EU-CONTRA, EU-ACK; doNotDispenseAfter = prescription date + 7. */
  @Override
  public CategoryOutcome canGetPregnant(DecisionContext c) {
    List<Finding> reasons = new ArrayList<>();
    c.prescription()
        .ifPresent(
            rx -> {
              test(c, rx).ifPresent(reasons::add);
              if (c.date().isAfter(rx.date().plusDays(7))) {
                reasons.add(
                    Finding.of(
                        PRESCRIPTION_WINDOW_EXPIRED,
                        "EU-RXVALID",
                        "Prescription "
                            + rx.id()
                            + " of "
                            + rx.date()
                            + " was valid for dispensing until "
                            + rx.date().plusDays(7)
                            + "; the prescriber must write a new one."));
              }
            });
    if (c.prescription().isEmpty() && medicalNegatives(c).isEmpty()) {
      // Without the prescription the 3-day window cannot be placed, but a test that is missing
      // altogether is missing for any window (§3: every blocking reason).
      reasons.add(
          Finding.of(
              PREGNANCY_TEST_MISSING,
              "EU-TEST",
              "No negative medically supervised pregnancy test is on file; one collected within the"
                  + " 3 days before the prescription is needed."));
    }
    reasons.addAll(
        ContraceptionRequirement.eu(c.countingContraception(), c.date(), c.firstDispense()));
    if (c.asOf(AcknowledgementSigned.class).isEmpty()) {
      reasons.add(
          Finding.of(
              ACKNOWLEDGEMENT_MISSING,
              "EU-ACK",
              "No acknowledgement-of-risk form is signed for this course; the patient must sign it with the prescriber."));
    }
    return new CategoryOutcome(reasons, c.prescription().map(rx -> rx.date().plusDays(7)));
  }

  /** Negative tests in a clinic or lab (EU-TEST: "medically supervised"), oldest first. */
  private static List<PregnancyTest> medicalNegatives(DecisionContext c) {
    return c.asOf(PregnancyTest.class).stream()
        .filter(t -> t.negative() && t.inMedicalSetting())
        .toList();
  }

  /** EU-TEST: a negative, medically supervised test collected ≤ 3 days before the prescription. */
  static Optional<Finding> test(DecisionContext c, Prescription rx) {
    LocalDate from = rx.date().minusDays(3);
    List<PregnancyTest> medical = medicalNegatives(c);
    boolean inWindow =
        medical.stream().anyMatch(t -> !t.date().isBefore(from) && !t.date().isAfter(rx.date()));
    if (inWindow) {
      return Optional.empty();
    }
    if (medical.isEmpty()) {
      return Optional.of(
          Finding.of(
              PREGNANCY_TEST_MISSING,
              "EU-TEST",
              "No negative medically supervised pregnancy test is on file; one collected between "
                  + from
                  + " and "
                  + rx.date()
                  + " is needed."));
    }
    return Optional.of(
        Finding.of(
            PREGNANCY_TEST_OUTSIDE_WINDOW,
            "EU-TEST",
            "The latest medically supervised test ("
                + medical.get(medical.size() - 1).date()
                + ") was not collected within the 3 days before prescription "
                + rx.id()
                + " of "
                + rx.date()
                + "; a new test and prescription are needed."));
  }
}
