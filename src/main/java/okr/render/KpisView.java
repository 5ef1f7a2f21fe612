package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.Indicator;
import okr.model.Kpi;
import okr.scoring.KpiStatus;

/** KPIs as tables: leading, lagging and health metrics, each row a KPI with its trend. */
public final class KpisView {

  /** From this width on, the owner and the deltas get columns of their own. */
  private static final int WIDE = 100;

  private static final int SPARK = 8;

  private final ViewStyle v;

  public KpisView(ViewStyle v) {
    this.v = v;
  }

  public List<String> render(String workspaceName, java.time.LocalDate asOf, List<KpiStatus> kpis) {
    List<String> lines = new ArrayList<>();
    lines.add(v.header(workspaceName, "KPIs", "as of " + asOf));
    if (kpis.isEmpty()) {
      lines.add("");
      lines.add("No KPIs. Add one with `okr new kpi`.");
      return lines;
    }
    boolean anyStale = false;
    for (Map.Entry<String, List<KpiStatus>> group : groups(kpis).entrySet()) {
      boolean leading = group.getKey().equals("Leading indicators");
      lines.add("");
      lines.add(v.paint(Style.Role.STRONG, group.getKey()));
      Table table = new Table(columns(leading));
      for (KpiStatus k : group.getValue()) {
        table.row(cells(k, leading));
        anyStale |= k.stale();
      }
      lines.addAll(table.render(v.width(), "  ", v));
    }
    if (anyStale) {
      lines.add("");
      lines.add(Text.fit("! stale: no measurement within 1.5 times its frequency", v.width()));
    }
    return lines;
  }

  /** Leading first (they move first), then lagging, then health metrics, then the rest. */
  static Map<String, List<KpiStatus>> groups(List<KpiStatus> kpis) {
    Map<String, List<KpiStatus>> groups = new LinkedHashMap<>();
    for (String name :
        List.of("Leading indicators", "Lagging indicators", "Health metrics", "Other KPIs")) {
      for (KpiStatus k : kpis) {
        if (groupOf(k.kpi()).equals(name)) {
          groups.computeIfAbsent(name, n -> new ArrayList<>()).add(k);
        }
      }
    }
    return groups;
  }

  static String groupOf(Kpi k) {
    if (k.health()) {
      return "Health metrics";
    }
    if (k.indicator() != null && k.indicator().predicts()) {
      return "Leading indicators";
    }
    return k.indicator() == Indicator.LAGGING ? "Lagging indicators" : "Other KPIs";
  }

  private List<Table.Column> columns(boolean leading) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.wrapping("KPI", 12));
    if (v.width() >= WIDE) {
      columns.add(Table.Column.text("Owner", 5));
    }
    columns.add(Table.Column.right("Latest"));
    columns.add(Table.Column.right("Target"));
    columns.add(Table.Column.text("Unit", 4));
    columns.add(Table.Column.left("Status"));
    columns.add(Table.Column.left("Trend"));
    if (v.width() >= WIDE) {
      columns.add(Table.Column.right("vs prev"));
      columns.add(Table.Column.right("vs period"));
    }
    columns.add(Table.Column.right("Age"));
    if (leading) {
      columns.add(Table.Column.wrapping("Leads →", 7));
    }
    return columns;
  }

  private List<String> cells(KpiStatus k, boolean leading) {
    Kpi kpi = k.kpi();
    List<String> cells = new ArrayList<>();
    cells.add(TerminalText.sanitize(kpi.header().title()));
    if (v.width() >= WIDE) {
      cells.add(TerminalText.sanitize(kpi.header().owner() == null ? "" : kpi.header().owner()));
    }
    // The unit once, in a column of its own: latest, target and the deltas all share it.
    cells.add(k.hasData() ? Numbers.format(k.latest()) : "–");
    cells.add(k.target() == null ? "–" : Numbers.format(k.target()));
    cells.add(kpi.unit() == null ? "" : TerminalText.sanitize(kpi.unit()));
    cells.add(status(k));
    cells.add(trend(k));
    if (v.width() >= WIDE) {
      cells.add(delta(k.latest(), k.previous()));
      cells.add(delta(k.latest(), k.lastPeriod()));
    }
    String age = k.ageDays() == null ? "never" : k.ageDays() + "d";
    cells.add(k.stale() ? v.paint(Style.Role.AMBER, age + "!") : age);
    if (leading) {
      cells.add(TerminalText.sanitize(String.join(", ", kpi.leads())));
    }
    return cells;
  }

  private String status(KpiStatus k) {
    if (!k.hasData()) {
      return v.paint(Style.Role.DIM, "no data");
    }
    if (k.kpi().health()) {
      if (k.band() == null) {
        return "watched";
      }
      return switch (k.band()) {
        case GREEN -> v.paint(Style.Role.GOOD, "within");
        case AMBER -> v.paint(Style.Role.AMBER, "watch");
        case RED -> v.paint(Style.Role.BAD, "outside");
      };
    }
    if (k.band() != null) {
      return Words.band(v, k.band());
    }
    if (k.shareOfTarget() != null) {
      return Numbers.percent(k.shareOfTarget()) + " of target";
    }
    return "monitored";
  }

  /** {@link #status} without colour, for documents. */
  static String statusWord(KpiStatus k) {
    return new KpisView(ViewStyle.plain(80)).status(k);
  }

  private String trend(KpiStatus k) {
    String spark = v.glyphs().sparkline(k.values(), SPARK);
    if (k.trend() == null) {
      return spark;
    }
    String arrow = Words.trend(v.glyphs(), k.trend());
    Boolean good = k.improving();
    if (good != null) {
      arrow = v.paint(good ? Style.Role.GOOD : Style.Role.BAD, arrow);
    }
    return spark + " " + arrow;
  }

  private static String delta(Double now, Double then) {
    if (now == null || then == null) {
      return "–";
    }
    double d = now - then;
    return (d > 0 ? "+" : "") + Numbers.format(d);
  }
}
