package com.isocourse.core.monitoring;

import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The due list as a person reads it beside the decision (issue 14: the page said "pregnancy test
 * due 12-17" while the fill was refused for want of a test today). The monitoring schedule
 * (rules.md §5, {@link MonitoringSchedule}) stays as the rules define it and as the engine reports
 * it; this is its reading next to the decision: an item a blocking reason asks for is due today.
 */
public final class DueNow {
  private DueNow() {}

  /**
   * The schedule item a blocking reason asks for, if any: the pregnancy-test reasons of the
   * pregnancy-prevention rules (US26-WINDOW, US26-PRE2, US26-SETTING, SAFE-PREGCHECK and their
   * EU/UK counterparts) ask for a pregnancy test, US26-QUIZ for the comprehension questions and
   * US26-COUNSEL for counseling.
   */
  public static Optional<ScheduleItem> itemAskedFor(ReasonCode code) {
    return switch (code) {
      case PREGNANCY_TEST_MISSING,
          PREGNANCY_TEST_OUTSIDE_WINDOW,
          PREGNANCY_TEST_SETTING_NOT_ALLOWED,
          PREGNANCY_CHECK_NEEDED,
          PRETREATMENT_TESTS_INCOMPLETE ->
          Optional.of(ScheduleItem.PREGNANCY_TEST);
      case COMPREHENSION_NOT_COMPLETED -> Optional.of(ScheduleItem.COMPREHENSION);
      case COUNSELING_NOT_CONFIRMED -> Optional.of(ScheduleItem.COUNSELING);
      default -> Optional.empty();
    };
  }

  /**
   * The due items with every item a blocking reason asks for due {@code today} at the latest (an
   * item already due earlier keeps its date, so "overdue" still shows), and added when the schedule
   * does not list it; sorted by date, then item.
   */
  public static List<DueItem> alignedWith(
      List<DueItem> due, Collection<ReasonCode> blocking, LocalDate today) {
    List<DueItem> out = new ArrayList<>(due.size() + 1);
    List<String> asked =
        blocking.stream()
            .map(DueNow::itemAskedFor)
            .flatMap(Optional::stream)
            .map(ScheduleItem::code)
            .distinct()
            .toList();
    for (DueItem d : due) {
      out.add(
          asked.contains(d.item()) && d.date().isAfter(today) ? new DueItem(d.item(), today) : d);
    }
    for (String item : asked) {
      if (out.stream().noneMatch(d -> d.item().equals(item))) {
        out.add(new DueItem(item, today));
      }
    }
    out.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::item));
    return List.copyOf(out);
  }
}
