package okr.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.Kpi;
import okr.model.Period;
import okr.scoring.KpiStatus;

/** KPIs for scripts and documents: JSON (see docs/json.md), CSV and Markdown. */
public final class KpiFormats {

  private KpiFormats() {}

  public static String json(LocalDate asOf, Period period, List<KpiStatus> kpis) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", 1);
    doc.put("kind", "kpis");
    doc.put("asOf", asOf.toString());
    doc.put("period", JsonParts.period(period));
    List<Object> items = new ArrayList<>();
    for (KpiStatus k : kpis) {
      items.add(JsonParts.kpi(k));
    }
    doc.put("kpis", items);
    return Json.pretty(doc);
  }

  public static String csv(List<KpiStatus> kpis) {
    StringBuilder out = new StringBuilder();
    out.append(
        Csv.row(
            List.of(
                "kpi",
                "title",
                "group",
                "owner",
                "team",
                "unit",
                "better",
                "latest",
                "measured_on",
                "target",
                "status",
                "share_of_target",
                "previous",
                "last_period",
                "trend",
                "stale",
                "leads")));
    for (KpiStatus k : kpis) {
      Kpi kpi = k.kpi();
      List<Object> row = new ArrayList<>();
      row.add(kpi.id());
      row.add(kpi.header().title());
      row.add(JsonParts.group(kpi));
      row.add(kpi.header().owner());
      row.add(kpi.header().team());
      row.add(kpi.unit());
      row.add(JsonParts.word(k.better()));
      row.add(Csv.number(k.latest()));
      row.add(k.measuredOn());
      row.add(Csv.number(k.target()));
      row.add(k.band() == null ? null : k.band().word());
      row.add(JsonParts.round(k.shareOfTarget()));
      row.add(Csv.number(k.previous()));
      row.add(Csv.number(k.lastPeriod()));
      row.add(JsonParts.word(k.trend()));
      row.add(k.stale());
      row.add(String.join(" ", kpi.leads()));
      out.append(Csv.row(row));
    }
    return out.toString();
  }

  public static String markdown(LocalDate asOf, List<KpiStatus> kpis) {
    StringBuilder out = new StringBuilder("# KPIs\n\nAs of ").append(asOf).append(".\n");
    for (Map.Entry<String, List<KpiStatus>> group : KpisView.groups(kpis).entrySet()) {
      out.append("\n## ").append(group.getKey()).append("\n\n");
      out.append(
          "| KPI | Latest | Target | Status | Measured | Leads |\n|---|---:|---:|---|---|---|\n");
      for (KpiStatus k : group.getValue()) {
        Kpi kpi = k.kpi();
        out.append("| ")
            .append(Markdown.cell(kpi.header().title()))
            .append(" | ")
            .append(k.hasData() ? Markdown.cell(Numbers.withUnit(k.latest(), kpi.unit())) : "–")
            .append(" | ")
            .append(
                k.target() == null ? "–" : Markdown.cell(Numbers.withUnit(k.target(), kpi.unit())))
            .append(" | ")
            .append(
                k.band() != null
                    ? k.band().word()
                    : k.shareOfTarget() != null
                        ? Numbers.percent(k.shareOfTarget()) + " of target"
                        : "–")
            .append(k.stale() ? ", stale" : "")
            .append(" | ")
            .append(k.measuredOn() == null ? "never" : k.measuredOn())
            .append(" | ")
            .append(Markdown.cell(String.join(", ", kpi.leads())))
            .append(" |\n");
      }
    }
    return out.toString();
  }
}
