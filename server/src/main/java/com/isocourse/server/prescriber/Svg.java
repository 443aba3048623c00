package com.isocourse.server.prescriber;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A small SVG canvas with a date x-axis and a numeric y-axis. Charts are drawn on the server as
 * inline SVG with a title and description for screen readers; colours come from CSS classes.
 */
final class Svg {
  static final int W = 640;
  static final int CHART_HEIGHT = 260;
  static final int LEFT = 56;
  static final int RIGHT = 16;
  static final int TOP = 26;
  static final int BOTTOM = 36;
  private final StringBuilder out = new StringBuilder();
  private final LocalDate from;
  private final LocalDate to;
  private final double yMax;
  private final int H;
  private final ChartWords words;

  Svg(
      ChartWords words,
      String id,
      String title,
      String description,
      LocalDate from,
      LocalDate to,
      double yMax) {
    this(words, id, title, description, from, to, yMax, CHART_HEIGHT);
  }

  Svg(
      ChartWords words,
      String id,
      String title,
      String description,
      LocalDate from,
      LocalDate to,
      double yMax,
      int height) {
    this.words = words;
    this.H = height;
    this.from = from;
    this.to = to.isAfter(from) ? to : from.plusDays(1);
    this.yMax = yMax;
    out.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\" preserveAspectRatio=\"xMidYMid meet\">")
        .append("<title id=\"")
        .append(id)
        .append("-t\">")
        .append(esc(title))
        .append("</title><desc id=\"")
        .append(id)
        .append("-d\">")
        .append(esc(description))
        .append("</desc>");
  }

  static String esc(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  double x(LocalDate d) {
    double span = ChronoUnit.DAYS.between(from, to);
    double at = ChronoUnit.DAYS.between(from, d);
    return LEFT + (W - LEFT - RIGHT) * Math.max(0, Math.min(1, at / span));
  }

  double y(double v) {
    return TOP + (H - TOP - BOTTOM) * (1 - Math.max(0, Math.min(v, yMax)) / yMax);
  }

  Svg yAxis(double step, String unit) {
    for (double v = 0; v <= yMax + 0.001; v += step) {
      out.append(line(LEFT, y(v), W - RIGHT, y(v), "grid"));
      out.append(text(LEFT - 6, y(v) + 4, "tick end", fmt(v)));
    }
    out.append(text(4, 12, "unit", unit));
    return this;
  }

  Svg xAxis(LocalDate... ticks) {
    out.append(line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, "axis"));
    double last = -100;
    for (LocalDate d : ticks) {
      if (d == null || d.isBefore(from) || d.isAfter(to)) {
        continue;
      }
      double x = x(d);
      if (Math.abs(x - last) < 64) {
        continue;
      }
      last = x;
      out.append(line(x, H - BOTTOM, x, H - BOTTOM + 4, "axis"));
      String anchor = x > W - RIGHT - 24 ? "tick end" : x < LEFT + 24 ? "tick start" : "tick mid";
      out.append(text(x, H - BOTTOM + 18, anchor, words.day(d)));
    }
    return this;
  }

  Svg band(double low, double high, String cls, String label) {
    out.append("<rect class=\"")
        .append(cls)
        .append("\" x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(f(y(high)))
        .append("\" width=\"")
        .append(W - LEFT - RIGHT)
        .append("\" height=\"")
        .append(f(y(low) - y(high)))
        .append("\"/>");
    out.append(text(LEFT + 6, y(high) + 12, cls + "-label", label));
    return this;
  }

  Svg threshold(double v, String cls, String label) {
    out.append(line(LEFT, y(v), W - RIGHT, y(v), cls));
    out.append(text(W - RIGHT - 4, y(v) - 4, cls + "-label end", label));
    return this;
  }

  Svg today(LocalDate d) {
    out.append(line(x(d), TOP, x(d), H - BOTTOM, "today"));
    out.append(text(x(d), TOP - 6, "today-label mid", words.say("chart.today")));
    return this;
  }

  Svg path(String cls, java.util.List<double[]> points) {
    if (points.isEmpty()) {
      return this;
    }
    out.append("<polyline class=\"").append(cls).append("\" points=\"");
    points.forEach(p -> out.append(f(p[0])).append(',').append(f(p[1])).append(' '));
    out.append("\"/>");
    return this;
  }

  Svg dot(double x, double y, String cls, String label) {
    out.append("<circle class=\"")
        .append(cls)
        .append("\" cx=\"")
        .append(f(x))
        .append("\" cy=\"")
        .append(f(y))
        .append("\" r=\"5\"><title>")
        .append(esc(label))
        .append("</title></circle>");
    return this;
  }

  Svg rect(double x1, double y1, double x2, double y2, String cls, String label) {
    out.append("<rect class=\"")
        .append(cls)
        .append("\" x=\"")
        .append(f(x1))
        .append("\" y=\"")
        .append(f(y1))
        .append("\" width=\"")
        .append(f(Math.max(2, x2 - x1)))
        .append("\" height=\"")
        .append(f(y2 - y1))
        .append("\" rx=\"3\"><title>")
        .append(esc(label))
        .append("</title></rect>");
    return this;
  }

  Svg label(double x, double y, String cls, String s) {
    out.append(text(x, y, cls, s));
    return this;
  }

  String done() {
    return out.append("</svg>").toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : f(v);
  }

  int height() {
    return H;
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return "<line class=\""
        + cls
        + "\" x1=\""
        + f(x1)
        + "\" y1=\""
        + f(y1)
        + "\" x2=\""
        + f(x2)
        + "\" y2=\""
        + f(y2)
        + "\"/>";
  }

  private static String text(double x, double y, String cls, String s) {
    return "<text class=\""
        + cls
        + "\" x=\""
        + f(x)
        + "\" y=\""
        + f(y)
        + "\">"
        + esc(s)
        + "</text>";
  }
}
