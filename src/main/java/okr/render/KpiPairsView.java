package okr.render;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okr.model.Kpi;
import okr.model.Period;
import okr.reports.KpiPairs;
import okr.scoring.KpiStatus;

/**
 * Each lagging KPI with the leading KPIs that predict it, side by side over the last weeks or
 * months, so a person can see whether the leading ones moved first.
 */
public final class KpiPairsView {

  private static final int LABEL = 26;
  private static final int CELL = 9;
  private static final int MAX_BUCKETS = 8;

  private final ViewStyle v;

  public KpiPairsView(ViewStyle v) {
    this.v = v;
  }

  /** How many weeks or months fit beside the labels at this width: 2 to 8. */
  public int columns() {
    return Math.max(2, Math.min(MAX_BUCKETS, (v.width() - 2 - LABEL) / CELL));
  }

  public List<String> render(String workspaceName, LocalDate asOf, KpiPairs pairs) {
    List<String> lines = new ArrayList<>();
    lines.add(v.header(workspaceName, "Lagging KPIs and what leads them", "as of " + asOf));
    for (KpiPairs.Pair pair : pairs.pairs()) {
      KpiStatus lagging = pair.lagging().kpi();
      lines.add("");
      lines.add(
          v.paint(
              Style.Role.STRONG,
              Text.fit(TerminalText.sanitize(lagging.kpi().header().title()), v.width())));
      StringBuilder heading = new StringBuilder(" ".repeat(2 + LABEL));
      List<Period> columns = pair.columns();
      for (int i = 0; i < columns.size(); i++) {
        heading.append(Text.padLeft(heading(pair.weekly(), columns.get(i), i == 0), CELL));
      }
      lines.add(v.paint(Style.Role.DIM, heading.toString()));
      lines.add(row("  ", pair.lagging()));
      if (pair.leaders().isEmpty()) {
        lines.add(
            Text.fit(
                "    no leading KPI leads it yet: add `leads: [" + lagging.kpi().id() + "]` to one",
                v.width()));
      }
      for (KpiPairs.Row leader : pair.leaders()) {
        lines.add(row("  " + (v.glyphs().ascii() ? "<- " : "← "), leader));
      }
    }
    if (pairs.pairs().isEmpty()) {
      lines.add("");
      lines.add("No lagging KPIs. Mark the outcome KPIs with `indicator: lagging`.");
    }
    return lines;
  }

  /** W47 for a week; Nov for a month, with the year on the first column and on January. */
  private static String heading(boolean weekly, Period column, boolean first) {
    if (weekly) {
      return column.label().substring(column.label().indexOf('-') + 1);
    }
    LocalDate start = column.start();
    return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
        + (start.getMonthValue() == 1 || first ? " " + (start.getYear() % 100) : "");
  }

  private String row(String lead, KpiPairs.Row row) {
    Kpi kpi = row.kpi().kpi();
    String arrow =
        kpi.better() == null
            ? ""
            : kpi.better() == okr.model.Better.HIGHER
                ? " " + v.glyphs().up()
                : " " + v.glyphs().down();
    String label =
        TerminalText.sanitize(kpi.id())
            + (kpi.unit() == null ? "" : " (" + TerminalText.sanitize(kpi.unit()) + ")")
            + arrow;
    StringBuilder out =
        new StringBuilder(lead).append(Text.padRight(label, LABEL + 2 - Text.width(lead)));
    for (Double value : row.values()) {
      out.append(Text.padLeft(value == null ? "–" : Numbers.format(value), CELL));
    }
    return Text.fit(out.toString(), v.width());
  }
}
