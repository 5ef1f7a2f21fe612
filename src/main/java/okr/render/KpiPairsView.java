package okr.render;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okr.model.Frequency;
import okr.model.JournalEntry;
import okr.model.Kpi;
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

  /** A span of days that one column stands for. */
  private record Bucket(String label, LocalDate start, LocalDate end) {}

  public List<String> render(String workspaceName, LocalDate asOf, List<KpiStatus> kpis) {
    List<String> lines = new ArrayList<>();
    lines.add(v.header(workspaceName, "Lagging KPIs and what leads them", "as of " + asOf));
    boolean any = false;
    for (KpiStatus lagging : kpis) {
      if (!KpisView.groupOf(lagging.kpi()).equals("Lagging indicators")) {
        continue;
      }
      any = true;
      List<KpiStatus> leaders = new ArrayList<>();
      for (KpiStatus k : kpis) {
        if (k.kpi().leads().contains(lagging.kpi().id())) {
          leaders.add(k);
        }
      }
      List<Bucket> buckets = buckets(lagging.kpi(), leaders, asOf);
      lines.add("");
      lines.add(
          v.paint(
              Style.Role.STRONG,
              Text.fit(TerminalText.sanitize(lagging.kpi().header().title()), v.width())));
      StringBuilder heading = new StringBuilder(" ".repeat(2 + LABEL));
      for (Bucket b : buckets) {
        heading.append(Text.padLeft(b.label(), CELL));
      }
      lines.add(v.paint(Style.Role.DIM, heading.toString()));
      lines.add(row("  ", lagging, buckets));
      if (leaders.isEmpty()) {
        lines.add(
            Text.fit(
                "    no leading KPI leads it yet: add `leads: [" + lagging.kpi().id() + "]` to one",
                v.width()));
      }
      for (KpiStatus leader : leaders) {
        lines.add(row("  " + (v.glyphs().ascii() ? "<- " : "← "), leader, buckets));
      }
    }
    if (!any) {
      lines.add("");
      lines.add("No lagging KPIs. Mark the outcome KPIs with `indicator: lagging`.");
    }
    return lines;
  }

  private String row(String lead, KpiStatus k, List<Bucket> buckets) {
    Kpi kpi = k.kpi();
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
    for (Bucket b : buckets) {
      Double value = null;
      for (JournalEntry e : k.measurements()) {
        LocalDate day = e.at().toLocalDate();
        if (!day.isBefore(b.start()) && !day.isAfter(b.end())) {
          value = e.value();
        }
      }
      out.append(Text.padLeft(value == null ? "–" : Numbers.format(value), CELL));
    }
    return Text.fit(out.toString(), v.width());
  }

  /** Weeks for a weekly or daily lagging KPI, else months; as many as fit, up to eight. */
  private List<Bucket> buckets(Kpi lagging, List<KpiStatus> leaders, LocalDate asOf) {
    boolean weeks =
        lagging.frequency() == Frequency.WEEKLY || lagging.frequency() == Frequency.DAILY;
    int count = Math.max(2, Math.min(MAX_BUCKETS, (v.width() - 2 - LABEL) / CELL));
    List<Bucket> buckets = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      if (weeks) {
        LocalDate start = asOf.minusWeeks(i).with(java.time.DayOfWeek.MONDAY);
        buckets.add(
            new Bucket(
                "W"
                    + String.format(
                        java.util.Locale.ROOT,
                        "%02d",
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                start,
                start.plusDays(6)));
      } else {
        LocalDate start = asOf.minusMonths(i).withDayOfMonth(1);
        String label =
            start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
                + (start.getMonthValue() == 1 || i == count - 1
                    ? " " + (start.getYear() % 100)
                    : "");
        buckets.add(new Bucket(label, start, start.with(TemporalAdjusters.lastDayOfMonth())));
      }
    }
    return buckets;
  }
}
