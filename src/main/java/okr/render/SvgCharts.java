package okr.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import okr.model.Period;
import okr.scoring.Point;

/**
 * Small inline SVG charts: no scripts, no fonts from the network, readable in print. A progress
 * chart has its axes labelled (0% and 100% of the target, the first and last day of the period),
 * the target as a line, today as a marker, and the latest value written by its point.
 */
final class SvgCharts {

  private static final int W = 320;
  private static final int H = 120;
  private static final int LEFT = 38;
  private static final int RIGHT = 64;
  private static final int TOP = 10;
  private static final int BOTTOM = 22;
  private static final int PAD = 4;
  private static final int TREND_W = 160;
  private static final int TREND_H = 36;

  private SvgCharts() {}

  /**
   * What a progress chart shows: the period, today (null to leave it out), the points, and how to
   * draw them.
   *
   * @param milestone the points are 0 or 1 (a milestone not done or done, a line broken or held):
   *     drawn as steps, with no expected ramp
   */
  record ProgressChart(
      Period period, LocalDate today, List<Point> progress, boolean milestone, String latest) {}

  /**
   * Progress (0 at the bottom, 1 at the target line, up to 1.25) across the period, with the
   * expected straight line from the start to the target at the end. A milestone is not done or done
   * (a line held or broken): it is drawn as steps, never as a ramp between check-ins.
   */
  static String progress(ProgressChart c, String label) {
    Period period = c.period();
    StringBuilder svg = open(label, W, H);
    double x0 = LEFT;
    double x1 = W - RIGHT;
    double bottom = y(0);
    double top = y(1.0);
    svg.append(line("axis", x0, bottom, x1, bottom))
        .append(line("axis", x0, TOP, x0, bottom))
        .append(text("axis-label y-label", x0 - 4, bottom + 4, "end", "0%"))
        .append(text("axis-label y-label", x0 - 4, top + 4, "end", "100%"))
        .append(text("axis-label x-label", x0, H - 6, "start", period.start().toString()))
        .append(text("axis-label x-label", x1, H - 6, "end", period.end().toString()))
        .append(line("target", x0, top, x1, top))
        .append(text("target-label", x0 + 3, top - 3, "start", "target"));
    if (!c.milestone()) {
      svg.append(line("expected", x0, bottom, x1, top));
    }
    if (c.today() != null && period.contains(c.today())) {
      double x = x(period, c.today());
      svg.append(line("today", x, TOP, x, bottom))
          .append(text("today-label", x, TOP - 1, "middle", "today"));
    }
    List<Point> points = c.progress();
    if (!points.isEmpty()) {
      Point last = points.get(points.size() - 1);
      double lastX = x(period, last.day());
      if (c.milestone()) {
        svg.append("<path class=\"actual step\" d=\"").append(steps(c)).append("\"/>");
      } else {
        StringBuilder coordinates = new StringBuilder();
        for (Point p : points) {
          coordinates.append(fmt("%.1f,%.1f ", x(period, p.day()), y(p.value())));
        }
        svg.append("<polyline class=\"actual\" points=\"")
            .append(coordinates.toString().strip())
            .append("\"/>");
      }
      svg.append(
          fmt(
              "<circle class=\"actual\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>",
              lastX, y(last.value())));
      if (c.latest() != null) {
        svg.append(text("value-label", lastX + 6, y(last.value()) + 4, "start", c.latest()));
      }
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A milestone's path: not done from the first day, stepping straight up (or down) on the day it
   * changed, and held until the last check-in.
   */
  private static String steps(ProgressChart c) {
    Period period = c.period();
    StringBuilder d = new StringBuilder(fmt("M%.1f,%.1f", x(period, period.start()), y(0)));
    for (Point p : c.progress()) {
      d.append(fmt(" H%.1f V%.1f", x(period, p.day()), y(p.value() >= 1 ? 1 : 0)));
    }
    return d.toString();
  }

  /** A trend line of values, scaled between their minimum and maximum. */
  static String trend(List<Double> values, String label) {
    StringBuilder svg = open(label, TREND_W, TREND_H);
    if (values.size() >= 1) {
      double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        double x =
            values.size() == 1
                ? TREND_W / 2.0
                : PAD + (double) i * (TREND_W - 2 * PAD) / (values.size() - 1);
        double share = max == min ? 0.5 : (values.get(i) - min) / (max - min);
        double y = TREND_H - PAD - share * (TREND_H - 2 * PAD);
        points.append(fmt("%.1f,%.1f ", x, y));
      }
      svg.append("<polyline class=\"actual\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String label, int w, int h) {
    return new StringBuilder(
        fmt(
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
            w, h, w, h, Html.text(label)));
  }

  private static String line(String css, double x1, double y1, double x2, double y2) {
    return fmt(
        "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
        css, x1, y1, x2, y2);
  }

  private static String text(String css, double x, double y, String anchor, String content) {
    return fmt(
        "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
        css, x, y, anchor, Html.text(content));
  }

  private static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  private static double x(Period period, LocalDate day) {
    return LEFT + period.position(day) * (W - RIGHT - LEFT);
  }

  /** Progress to a y coordinate: 0 at the bottom, 1.25 at the top, clamped. */
  private static double y(double progress) {
    double clamped = Math.max(0, Math.min(1.25, progress));
    return H - BOTTOM - clamped / 1.25 * (H - BOTTOM - TOP);
  }
}
