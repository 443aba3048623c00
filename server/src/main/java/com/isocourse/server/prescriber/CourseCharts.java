package com.isocourse.server.prescriber;

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
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The course charts, drawn from the engine's own readings of the history: cumulative dose by the
 * ledger at each dispense, the planner's projection, labs in canonical units with the policy's
 * thresholds, and pregnancy tests with the 7-day windows they open. Drawn on the server as inline
 * SVG with a title and description for screen readers ({@code Svg}, {@code ChartWords}): no chart
 * library and no script.
 */
@Component
class CourseCharts {
  /** The 120–150 mg/kg band most courses aim for (rules.md §4). */
  static final double BAND_LOW = 120;

  static final double BAND_HIGH = 150;

  private final CaseFiles files;
  private final MessageSource messages;

  public CourseCharts(CaseFiles files, MessageSource messages) {
    this.files = files;
    this.messages = messages;
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

  /**
   * The charts of the course with their words in the reader's language: a patient reads them in
   * their preferred language, clinicians in English (ADR 0018).
   */
  public Charts draw(CaseFile file, CourseSummary s, Locale locale) {
    ChartWords w = new ChartWords(messages, locale);
    CaseHistory h = files.history(file);
    Policy policy = files.policy();
    double target = s.targetMgPerKg() != null ? s.targetMgPerKg() : policy.targetMgPerKg();
    Progress progress = progress(s, target);
    return new Charts(
        dose(w, h, s, target),
        labs(w, h, s.today(), Analyte.TRIGLYCERIDES, policy, "tg"),
        labs(w, h, s.today(), Analyte.ALT, policy, "alt"),
        pregnancy(w, h, s),
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

  private static String dose(ChartWords w, CaseHistory h, CourseSummary s, double target) {
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
        w.say(
            "chart.dose.desc",
            Svg.f(now),
            String.valueOf(Math.round(target)),
            s.projection() == null
                ? ""
                : w.say("chart.dose.reached", s.projection().projectedEndDate().toString()));
    Svg svg =
        new Svg(
                w,
                "dose-chart",
                w.say("chart.dose.title"),
                description,
                start.minusDays(2),
                end,
                yMax)
            .band(BAND_LOW, BAND_HIGH, "band", w.say("chart.dose.band"))
            .yAxis(50, "mg/kg")
            .threshold(target, "target", w.say("chart.dose.target", Math.round(target) + ""))
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
          w.say("chart.dose.end", s.projection().projectedEndDate().toString()));
    }
    svg.dot(svg.x(today), svg.y(now), "now-dot", w.say("chart.dose.now", Svg.f(now)));
    return svg.today(today).done();
  }

  private static String labs(
      ChartWords w, CaseHistory h, LocalDate today, Analyte analyte, Policy policy, String id) {
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
    String name = w.say(tg ? "chart.lab.tg" : "chart.lab.alt");
    String unit = tg ? "mg/dL" : "U/L";
    List<String> desc = new ArrayList<>();
    desc.add(w.say("chart.lab.results", name));
    if (results.isEmpty()) {
      desc.add(w.say("chart.lab.none"));
    }
    results.forEach(
        r ->
            desc.add(
                w.say(
                    "chart.lab.result",
                    r.date().toString(),
                    Svg.f(r.canonicalValue().orElse(0.0)),
                    unit)));
    desc.add(
        tg
            ? w.say("chart.lab.tgLimits", Math.round(stop) + "", unit)
            : w.say("chart.lab.altLimits", Math.round(uln) + "", Math.round(stop) + "", unit));
    LocalDate from = results.isEmpty() ? today.minusDays(60) : results.get(0).date().minusDays(7);
    if (from.isAfter(today.minusDays(30))) {
      from = today.minusDays(30);
    }
    Svg svg =
        new Svg(w, id + "-chart", name, String.join(" ", desc), from, today.plusDays(7), yMax)
            .yAxis(yMax > 600 ? 250 : yMax > 200 ? 50 : 25, unit)
            .threshold(
                warn,
                "warn",
                tg ? w.say("chart.lab.warn500") : w.say("chart.lab.uln", Math.round(uln) + ""))
            .threshold(stop, "stop", w.say("chart.lab.stop", Math.round(stop) + ""));
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
      svg.dot(
          svg.x(r.date()),
          svg.y(v),
          cls,
          w.say("chart.lab.dot", r.date().toString(), Svg.f(v), unit));
    }
    if (results.isEmpty()) {
      svg.label(Svg.W / 2.0, svg.height() / 2.0, "empty mid", w.say("chart.lab.empty"));
    }
    return svg.today(today).done();
  }

  private static String pregnancy(ChartWords w, CaseHistory h, CourseSummary s) {
    LocalDate today = s.today();
    LocalDate from = today.minusDays(63);
    LocalDate to = today.plusDays(21);
    List<PregnancyTest> tests =
        h.asOf(today, PregnancyTest.class).stream()
            .filter(t -> !t.date().isBefore(from.minusDays(7)))
            .toList();
    List<String> desc = new ArrayList<>();
    desc.add(w.say("chart.preg.desc"));
    if (tests.isEmpty()) {
      desc.add(w.say("chart.preg.none"));
    }
    Svg svg = new Svg(w, "preg-strip", w.say("chart.preg.title"), "", from, to, 10, 110);
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
            w.say("chart.preg.window", t.date().toString(), last.toString()));
        desc.add(w.say("chart.preg.negativeDesc", t.date().toString(), last.toString()));
      } else {
        desc.add(w.say("chart.preg.positiveDesc", t.date().toString()));
      }
      svg.dot(
          x,
          svg.y(5),
          t.negative() ? "test-neg" : "test-pos",
          w.say(t.negative() ? "chart.preg.negative" : "chart.preg.positive", t.date().toString()));
      ticks.add(t.date());
    }
    s.due().stream()
        .filter(d -> d.item().equals("PREGNANCY_TEST"))
        .forEach(
            d -> {
              svg.dot(
                  svg.x(d.date()),
                  svg.y(5),
                  "test-due",
                  w.say("chart.preg.due", d.date().toString()));
              desc.add(w.say("chart.preg.dueDesc", d.date().toString()));
              ticks.add(d.date());
            });
    ticks.add(today);
    ticks.add(to);
    return svg.xAxis(ticks.stream().distinct().sorted().toArray(LocalDate[]::new))
        .today(today)
        .done()
        .replaceFirst(
            "<desc id=\"preg-strip-d\"></desc>",
            "<desc id=\"preg-strip-d\">" + Svg.esc(String.join(" ", desc)) + "</desc>");
  }
}
