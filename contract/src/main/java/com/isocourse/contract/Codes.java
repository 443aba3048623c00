package com.isocourse.contract;

import com.isocourse.core.course.ContraceptionMethod;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleSetId;
import com.isocourse.core.symptoms.SymptomCode;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accepted spellings of each closed code list, for error messages. Built once: every field read
 * passes its list along, and the server reads thousands of stored events per worklist.
 */
final class Codes {
  private Codes() {}

  private static final String RULE_SETS = join(RuleSetId.values(), RuleSetId::code);
  private static final String FORMULATIONS = join(Formulation.values(), Formulation::code);
  private static final String UNITS = join(LabUnit.values(), LabUnit::code);
  private static final String METHODS =
      join(ContraceptionMethod.values(), ContraceptionMethod::code);
  private static final String SYMPTOMS =
      "a symptom code of rules.md §6, such as "
          + join(Arrays.copyOf(SymptomCode.values(), 3), SymptomCode::code);
  private static final String INSTRUMENTS =
      join(MoodScreen.Instrument.values(), MoodScreen.Instrument::code);
  private static final String REVIEW_CODES =
      Arrays.stream(ReasonCode.values())
          .filter(ReasonCode::clearedByReview)
          .map(ReasonCode::name)
          .collect(Collectors.joining(", ", "a reason code such as ", ""));

  static String ruleSets() {
    return RULE_SETS;
  }

  static String formulations() {
    return FORMULATIONS;
  }

  static String units() {
    return UNITS;
  }

  static String methods() {
    return METHODS;
  }

  static String symptoms() {
    return SYMPTOMS;
  }

  static String instruments() {
    return INSTRUMENTS;
  }

  static String reviewCodes() {
    return REVIEW_CODES;
  }

  private static <T> String join(T[] values, Function<T, String> code) {
    return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
  }
}
