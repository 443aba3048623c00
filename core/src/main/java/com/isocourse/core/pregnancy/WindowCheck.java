package com.isocourse.core.pregnancy;

import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.reasons.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The result of judging the pregnancy-test window: the blocking findings (empty when the window is
 * open) and the test that opened it, whose specimen date S gives {@code doNotDispenseAfter} = S+6.
 */
public record WindowCheck(List<Finding> reasons, Optional<PregnancyTest> openingTest) {
  public WindowCheck {
    reasons = List.copyOf(reasons);
  }

  public boolean open() {
    return reasons.isEmpty() && openingTest.isPresent();
  }
}
