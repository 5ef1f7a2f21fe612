package okr.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import okr.model.Period;
import okr.scoring.Point;

/** Small inline SVG charts: no scripts, no fonts from the network, readable in print. */
final class SvgCharts {

  private static final int W = 260;
  private static final int H = 64;
  private static final int PAD = 4;

  private SvgCharts() {}

  /**
   * Progress (0 at the bottom, 1 at the dotted target line, up to 1.25) across the period, with the
   * expected straight line from the start to the target at the end.
   */
  static String progress(Period period, List<Point> progress, String label) {
    long days = Math.max(1, ChronoUnit.DAYS.between(period.start(), period.end()));
    StringBuilder svg = open(label);
    double top = y(1.0);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"target\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
            PAD,
            top,
            W - PAD,
            top));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"expected\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
            PAD,
            y(0),
            W - PAD,
            top));
    if (!progress.isEmpty()) {
      StringBuilder points = new StringBuilder();
      for (Point p : progress) {
        double x = x(p.day(), period.start(), days);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(p.value())));
      }
      svg.append("<polyline class=\"actual\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
      Point last = progress.get(progress.size() - 1);
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"actual\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"/>",
              x(last.day(), period.start(), days),
              y(last.value())));
    }
    return svg.append("</svg>").toString();
  }

  /** A trend line of values, scaled between their minimum and maximum. */
  static String trend(List<Double> values, String label) {
    StringBuilder svg = open(label);
    if (values.size() >= 1) {
      double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        double x =
            values.size() == 1 ? W / 2.0 : PAD + (double) i * (W - 2 * PAD) / (values.size() - 1);
        double share = max == min ? 0.5 : (values.get(i) - min) / (max - min);
        double y = H - PAD - share * (H - 2 * PAD);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      svg.append("<polyline class=\"actual\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String label) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
            W,
            H,
            W,
            H,
            Html.text(label)));
  }

  private static double x(LocalDate day, LocalDate start, long days) {
    double share = Math.max(0, Math.min(1, (double) ChronoUnit.DAYS.between(start, day) / days));
    return PAD + share * (W - 2 * PAD);
  }

  /** Progress to a y coordinate: 0 at the bottom, 1.25 at the top, clamped. */
  private static double y(double progress) {
    double clamped = Math.max(0, Math.min(1.25, progress));
    return H - PAD - clamped / 1.25 * (H - 2 * PAD);
  }
}
