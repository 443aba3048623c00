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

/** The accepted spellings of each closed code list, for error messages. */
final class Codes {
  private Codes() {}

  static String ruleSets() {
    return join(RuleSetId.values(), RuleSetId::code);
  }

  static String formulations() {
    return join(Formulation.values(), Formulation::code);
  }

  static String units() {
    return join(LabUnit.values(), LabUnit::code);
  }

  static String methods() {
    return join(ContraceptionMethod.values(), ContraceptionMethod::code);
  }

  static String symptoms() {
    return "a symptom code of rules.md §6, such as "
        + join(Arrays.copyOf(SymptomCode.values(), 3), SymptomCode::code);
  }

  static String instruments() {
    return join(MoodScreen.Instrument.values(), MoodScreen.Instrument::code);
  }

  static String reviewCodes() {
    return Arrays.stream(ReasonCode.values())
        .filter(ReasonCode::clearedByReview)
        .map(ReasonCode::name)
        .collect(Collectors.joining(", ", "a reason code such as ", ""));
  }

  private static <T> String join(T[] values, Function<T, String> code) {
    return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
  }
}
