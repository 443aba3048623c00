package com.isocourse.server.ui.charts;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.dosing.CumulativeLedger;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.pregnancy.PregnancyTestWindow;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The course charts, drawn from the engine's own readings of the history: cumulative dose by the
 * ledger at each dispense, the planner's projection, labs in canonical units with the policy's
 * thresholds, and pregnancy tests with the 7-day windows they open.
 */
@Component
public class CourseCharts {
  /** The 120–150 mg/kg band most courses aim for (rules.md §4). */
  static final double BAND_LOW = 120;

  static final double BAND_HIGH = 150;

  private final CaseFiles files;

  public CourseCharts(CaseFiles files) {
    this.files = files;
  }

  /** The charts of one course, as inline SVG, and the numbers shown beside them. */
  public record Charts(
      String dose, String triglycerides, String alt, String pregnancy, Progress progress) {}

  /** Progress toward the cumulative target. */
  public record Progress(
      double mgPerKg,
      double targetMgPerKg,
      int percent,
      LocalDate projectedEnd,
      boolean estimate) {}

  public Charts draw(CaseFile file, CourseSummary s) {
    CaseHistory h = files.history(file);
    Policy policy = files.policy();
    double target = s.targetMgPerKg() != null ? s.targetMgPerKg() : policy.targetMgPerKg();
    Progress progress = progress(s, target);
    return new Charts(
        dose(h, s, target),
        labs(h, s.today(), Analyte.TRIGLYCERIDES, policy, "tg"),
        labs(h, s.today(), Analyte.ALT, policy, "alt"),
        pregnancy(h, s),
        progress);
  }

  private static Progress progress(CourseSummary s, double target) {
    CumulativeDose c = s.cumulative();
    double now = c == null ? 0 : c.equivalentMgPerKg();
    int percent = (int) Math.min(100, Math.floor(100 * now / target));
    return new Progress(
        Math.round(now * 10) / 10.0,
        target,
        percent,
        s.projection() == null ? null : s.projection().projectedEndDate(),
        c != null && c.estimate());
  }

  private static String dose(CaseHistory h, CourseSummary s, double target) {
    LocalDate today = s.today();
    List<Dispense> dispenses = h.asOf(today, Dispense.class);
    LocalDate start =
        s.firstDoseDate() != null
            ? s.firstDoseDate()
            : dispenses.isEmpty() ? today.minusDays(7) : dispenses.get(0).date();
    LocalDate end = s.projection() != null ? s.projection().projectedEndDate() : today.plusDays(60);
    if (!end.isAfter(today.plusDays(14))) {
      end = today.plusDays(14);
    }
    double now = s.cumulative() == null ? 0 : s.cumulative().equivalentMgPerKg();
    double yMax = Math.max(170, Math.ceil((Math.max(now, target) + 20) / 50) * 50);
    String description =
        String.format(
            java.util.Locale.ROOT,
            "Cumulative dose %.1f mg/kg of a %.0f mg/kg target today%s. The shaded band is the"
                + " usual 120 to 150 mg/kg target range.",
            now,
            target,
            s.projection() == null
                ? ""
                : "; at the planned dose the target is reached on "
                    + s.projection().projectedEndDate());
    Svg svg =
        new Svg("dose-chart", "Cumulative dose", description, start.minusDays(2), end, yMax)
            .band(BAND_LOW, BAND_HIGH, "band", "usual target 120–150")
            .yAxis(50, "mg/kg")
            .threshold(target, "target", "target " + Math.round(target))
            .xAxis(start, today, end);
    List<double[]> taken = new ArrayList<>();
    taken.add(new double[] {svg.x(start), svg.y(0)});
    double last = 0;
    for (Dispense d : dispenses) {
      if (d.date().isBefore(start)) {
        continue;
      }
      taken.add(new double[] {svg.x(d.date()), svg.y(last)});
      last =
          CumulativeLedger.compute(h, d.date(), target)
              .map(CumulativeDose::equivalentMgPerKg)
              .orElse(last);
      taken.add(new double[] {svg.x(d.date()), svg.y(last)});
    }
    taken.add(new double[] {svg.x(today), svg.y(last)});
    taken.add(new double[] {svg.x(today), svg.y(now)});
    svg.path("taken", taken);
    if (s.projection() != null) {
      svg.path(
          "projection",
          List.of(
              new double[] {svg.x(today), svg.y(now)},
              new double[] {svg.x(s.projection().projectedEndDate()), svg.y(target)}));
      svg.dot(
          svg.x(s.projection().projectedEndDate()),
          svg.y(target),
          "end-dot",
          "Projected end " + s.projection().projectedEndDate());
    }
    svg.dot(svg.x(today), svg.y(now), "now-dot", "Today " + Svg.f(now) + " mg/kg");
    return svg.today(today).done();
  }

  private static String labs(
      CaseHistory h, LocalDate today, Analyte analyte, Policy policy, String id) {
    List<LabResult> results =
        h.asOf(today, LabResult.class).stream()
            .filter(r -> r.analyte().filter(a -> a == analyte).isPresent())
            .sorted(Comparator.comparing(LabResult::date))
            .toList();
    boolean tg = analyte == Analyte.TRIGLYCERIDES;
    double uln =
        tg
            ? 0
            : results.stream()
                .map(LabResult::canonicalReferenceHigh)
                .flatMap(Optional::stream)
                .reduce((a, b) -> b)
                .orElse(policy.altDefaultUpperLimit());
    double warn = tg ? 500 : uln;
    double stop = tg ? policy.tgStopMgDl() : uln * policy.altStopMultiple();
    double highest =
        results.stream().mapToDouble(r -> r.canonicalValue().orElse(0.0)).max().orElse(0);
    double yMax = Math.ceil(Math.max(highest, stop) * 1.15 / 50) * 50;
    String name = tg ? "Triglycerides" : "ALT";
    String unit = tg ? "mg/dL" : "U/L";
    StringBuilder desc = new StringBuilder(name + " results: ");
    if (results.isEmpty()) {
      desc.append("none recorded. ");
    }
    results.forEach(
        r ->
            desc.append(r.date())
                .append(' ')
                .append(Svg.f(r.canonicalValue().orElse(0.0)))
                .append(' ')
                .append(unit)
                .append("; "));
    desc.append(tg ? "Warning at 500, stop at " : "Upper limit ")
        .append(Math.round(tg ? stop : uln))
        .append(tg ? "" : ", stop above " + Math.round(stop))
        .append(' ')
        .append(unit)
        .append('.');
    LocalDate from = results.isEmpty() ? today.minusDays(60) : results.get(0).date().minusDays(7);
    if (from.isAfter(today.minusDays(30))) {
      from = today.minusDays(30);
    }
    Svg svg =
        new Svg(id + "-chart", name, desc.toString(), from, today.plusDays(7), yMax)
            .yAxis(yMax > 600 ? 250 : yMax > 200 ? 50 : 25, unit)
            .threshold(warn, "warn", tg ? "warning 500" : "upper limit " + Math.round(uln))
            .threshold(stop, "stop", "stop " + Math.round(stop));
    List<LocalDate> ticks = new ArrayList<>(results.stream().map(LabResult::date).toList());
    ticks.add(today);
    svg.xAxis(ticks.toArray(LocalDate[]::new));
    List<double[]> points = new ArrayList<>();
    for (LabResult r : results) {
      points.add(new double[] {svg.x(r.date()), svg.y(r.canonicalValue().orElse(0.0))});
    }
    svg.path("series", points);
    for (LabResult r : results) {
      double v = r.canonicalValue().orElse(0.0);
      String cls = v >= stop ? "dot-stop" : v >= warn ? "dot-warn" : "dot-ok";
      svg.dot(svg.x(r.date()), svg.y(v), cls, r.date() + ": " + Svg.f(v) + " " + unit);
    }
    if (results.isEmpty()) {
      svg.label(Svg.W / 2.0, svg.height() / 2.0, "empty mid", "No results yet");
    }
    return svg.today(today).done();
  }

  private static String pregnancy(CaseHistory h, CourseSummary s) {
    LocalDate today = s.today();
    LocalDate from = today.minusDays(63);
    LocalDate to = today.plusDays(21);
    List<PregnancyTest> tests =
        h.asOf(today, PregnancyTest.class).stream()
            .filter(t -> !t.date().isBefore(from.minusDays(7)))
            .toList();
    StringBuilder desc = new StringBuilder("Pregnancy tests and their 7-day pickup windows: ");
    if (tests.isEmpty()) {
      desc.append("no tests in the last 9 weeks. ");
    }
    Svg svg = new Svg("preg-strip", "Pregnancy tests and pickup windows", "", from, to, 10, 110);
    List<LocalDate> ticks = new ArrayList<>();
    ticks.add(from);
    for (PregnancyTest t : tests) {
      double x = svg.x(t.date());
      if (t.negative()) {
        LocalDate last = PregnancyTestWindow.lastDay(t.date());
        svg.rect(
            x,
            svg.y(7),
            svg.x(last.plusDays(1)),
            svg.y(3),
            last.isBefore(today) ? "window-closed" : "window-open",
            "Window " + t.date() + " to " + last);
        desc.append("negative test ")
            .append(t.date())
            .append(", window to ")
            .append(last)
            .append("; ");
      } else {
        desc.append("positive test ").append(t.date()).append("; ");
      }
      svg.dot(
          x,
          svg.y(5),
          t.negative() ? "test-neg" : "test-pos",
          (t.negative() ? "Negative" : "Positive") + " test " + t.date());
      ticks.add(t.date());
    }
    s.due().stream()
        .filter(d -> d.item().equals("PREGNANCY_TEST"))
        .forEach(
            d -> {
              svg.dot(svg.x(d.date()), svg.y(5), "test-due", "Test due " + d.date());
              desc.append("next test due ").append(d.date()).append("; ");
              ticks.add(d.date());
            });
    ticks.add(today);
    ticks.add(to);
    return svg.xAxis(ticks.stream().distinct().sorted().toArray(LocalDate[]::new))
        .today(today)
        .done()
        .replaceFirst(
            "<desc id=\"preg-strip-d\"></desc>",
            "<desc id=\"preg-strip-d\">" + Svg.esc(desc.toString()) + "</desc>");
  }
}
