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

  /** How narrow a KPI's name may get before the owner and the deltas give way to it. */
  private static final int WIDE_NAME = 20;

  /** The widest a KPI id in the leads column is kept whole for. */
  private static final int LEADS_WIDTH = 24;

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
    Map<String, List<KpiStatus>> groups = groups(kpis);
    // The owner and the deltas get columns from WIDE on, in every group or in none (tables that
    // differ from group to group read as a mistake), and only where they leave the names and
    // leads room: long numbers or statuses make them give way, not the words.
    boolean wide = v.width() >= WIDE;
    for (Map.Entry<String, List<KpiStatus>> group : groups.entrySet()) {
      wide &= table(group.getValue(), isLeading(group.getKey()), true).fits(v.width(), "  ");
    }
    boolean anyStale = false;
    for (Map.Entry<String, List<KpiStatus>> group : groups.entrySet()) {
      lines.add("");
      lines.add(v.paint(Style.Role.STRONG, group.getKey()));
      for (KpiStatus k : group.getValue()) {
        anyStale |= k.stale();
      }
      lines.addAll(
          table(group.getValue(), isLeading(group.getKey()), wide).render(v.width(), "  ", v));
    }
    if (anyStale) {
      lines.add("");
      lines.add(Text.fit("! stale: no measurement within 1.5 times its frequency", v.width()));
    }
    return lines;
  }

  private static boolean isLeading(String group) {
    return group.equals("Leading indicators");
  }

  /** Leading first (they move first), then lagging, then health metrics, then the rest. */
  static Map<String, List<KpiStatus>> groups(List<KpiStatus> kpis) {
    Map<String, List<KpiStatus>> groups = new LinkedHashMap<>();
    for (String name :
        List.of("Leading indicators", "Lagging indicators", "Health metrics", "Other KPIs")) {
      for (KpiStatus k : kpis) {
        if (groupOf(k.kpi()).equals(name)) {
          List<KpiStatus> group = groups.get(name); // not computeIfAbsent: no lambda (issue #18)
          if (group == null) {
            group = new ArrayList<>();
            groups.put(name, group);
          }
          group.add(k);
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

  private Table table(List<KpiStatus> kpis, boolean leading, boolean wide) {
    int longestLead = 0;
    for (KpiStatus k : kpis) {
      for (String lead : k.kpi().leads()) {
        longestLead = Math.max(longestLead, Text.width(TerminalText.sanitize(lead)) + 1);
      }
    }
    Table table = new Table(columns(leading, wide, Math.min(longestLead, LEADS_WIDTH)));
    for (KpiStatus k : kpis) {
      table.row(cells(k, leading, wide));
    }
    return table;
  }

  /**
   * The columns of a group. With the owner and the deltas, names keep {@link #WIDE_NAME} columns
   * and each KPI a leading one leads stays whole: where that does not fit, the extra columns go
   * rather than the words.
   */
  private List<Table.Column> columns(boolean leading, boolean wide, int leadsWidth) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.wrapping("KPI", wide ? WIDE_NAME : 12));
    if (wide) {
      columns.add(Table.Column.text("Owner", 5));
    }
    columns.add(Table.Column.right("Latest"));
    columns.add(Table.Column.right("Target"));
    columns.add(Table.Column.text("Unit", 4));
    columns.add(Table.Column.left("Status"));
    columns.add(Table.Column.left("Trend"));
    if (wide) {
      columns.add(Table.Column.right("vs prev"));
      columns.add(Table.Column.right("vs period"));
    }
    columns.add(Table.Column.right("Age"));
    if (leading) {
      columns.add(Table.Column.wrapping("Leads →", wide ? Math.max(7, leadsWidth) : 7));
    }
    return columns;
  }

  private List<String> cells(KpiStatus k, boolean leading, boolean wide) {
    Kpi kpi = k.kpi();
    List<String> cells = new ArrayList<>();
    cells.add(TerminalText.sanitize(kpi.header().title()));
    if (wide) {
      cells.add(TerminalText.sanitize(kpi.header().owner() == null ? "" : kpi.header().owner()));
    }
    // The unit once, in a column of its own: latest, target and the deltas all share it.
    cells.add(k.hasData() ? Numbers.format(k.latest()) : "–");
    cells.add(k.target() == null ? "–" : Numbers.format(k.target()));
    cells.add(kpi.unit() == null ? "" : TerminalText.sanitize(kpi.unit()));
    cells.add(status(k));
    cells.add(trend(k));
    if (wide) {
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
