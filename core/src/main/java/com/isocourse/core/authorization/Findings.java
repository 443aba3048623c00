package com.isocourse.core.authorization;

import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the rules report while one decision is made. Local to a single call of {@link
 * DispenseRules#decide}; the decision itself is an immutable value.
 */
final class Findings {
  private final List<Finding> reasons = new ArrayList<>();
  private final List<Finding> warnings = new ArrayList<>();
  private final List<Finding> missing = new ArrayList<>();
  private final List<Finding> notes = new ArrayList<>();

  void add(Finding f) {
    switch (f.code().kind()) {
      case BLOCKING -> reasons.add(f);
      case MISSING -> missing.add(f);
      case WARNING -> warnings.add(f);
      case NOTE -> notes.add(f);
    }
  }

  void add(ReasonCode code, String rule, String message) {
    add(Finding.of(code, rule, message));
  }

  void addAll(List<Finding> fs) {
    fs.forEach(this::add);
  }

  List<Finding> reasons() {
    return List.copyOf(reasons);
  }

  List<Finding> warnings() {
    return List.copyOf(warnings);
  }

  List<Finding> missing() {
    return List.copyOf(missing);
  }

  List<Finding> notes() {
    return List.copyOf(notes);
  }
}
