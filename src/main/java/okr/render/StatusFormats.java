package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.KeyResult;
import okr.model.ObjectiveType;
import okr.scoring.Band;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorecard;
import okr.scoring.Selection;

/** The scorecard for scripts and documents: JSON (versioned, see docs/json.md), CSV, Markdown. */
public final class StatusFormats {

  public static final int JSON_FORMAT = 1;

  private StatusFormats() {}

  public static String json(Scorecard card) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", JSON_FORMAT);
    doc.put("kind", "status");
    doc.put("workspace", card.workspaceName());
    doc.put("asOf", card.asOf().toString());
    doc.put("period", JsonParts.period(card.period()));
    List<Object> objectives = new ArrayList<>();
    for (ObjectiveStatus o : card.objectives()) {
      objectives.add(JsonParts.objective(o));
    }
    doc.put("objectives", objectives);
    List<Object> health = new ArrayList<>();
    for (okr.scoring.HealthAlert a : card.health()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("kpi", a.kpi().id());
      h.put("title", a.kpi().header().title());
      h.put("unit", a.kpi().unit());
      h.put("latest", a.latest());
      h.put("band", a.band().word());
      h.put("side", a.side());
      h.put("edge", a.edge());
      health.add(h);
    }
    doc.put("health", health);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("objectives", card.objectives().size());
    summary.put("green", card.count(Band.GREEN));
    summary.put("amber", card.count(Band.AMBER));
    summary.put("red", card.count(Band.RED));
    summary.put(
        "early",
        card.objectives().stream().filter(o -> o.score() != null && o.colour() == null).count());
    summary.put("stale", card.stale());
    summary.put("average", JsonParts.round(card.average(null)));
    summary.put("averageCommitted", JsonParts.round(card.average(ObjectiveType.COMMITTED)));
    summary.put("averageAspirational", JsonParts.round(card.average(ObjectiveType.ASPIRATIONAL)));
    doc.put("summary", summary);
    return Json.pretty(doc);
  }

  /** One row per key result, with its objective's columns repeated, for spreadsheets. */
  public static String csv(Scorecard card) {
    return csv(card, null);
  }

  /**
   * The scorecard as CSV, one row per key result; with {@code moved} (a period's review) a last
   * column {@code goalposts_moved} holds each key result's moved goalposts, "; " between them.
   */
  public static String csv(Scorecard card, List<okr.reports.GoalpostMoves.Move> moved) {
    return csv(card, moved, null);
  }

  /**
   * A period's review as CSV: the scorecard's rows, then after each objective's key results one row
   * per initiative (its key result columns empty), with the columns {@code initiative} (its id),
   * {@code initiative_title}, {@code initiative_status}, {@code initiative_progress}, {@code
   * initiative_due} and {@code initiative_overdue} before {@code goalposts_moved}.
   */
  public static String csv(okr.scoring.Report report, List<okr.reports.GoalpostMoves.Move> moved) {
    return csv(report.card(), moved, report);
  }

  private static final List<String> INITIATIVE_COLUMNS =
      List.of(
          "initiative",
          "initiative_title",
          "initiative_status",
          "initiative_progress",
          "initiative_due",
          "initiative_overdue");

  private static String csv(
      Scorecard card, List<okr.reports.GoalpostMoves.Move> moved, okr.scoring.Report report) {
    StringBuilder out = new StringBuilder();
    List<String> header =
        new ArrayList<>(
            List.of(
                "objective",
                "objective_title",
                "owner",
                "team",
                "level",
                "type",
                "objective_score",
                "band",
                "colour",
                "kr",
                "kr_title",
                "unit",
                "baseline",
                "target",
                "current",
                "progress",
                "line",
                "score",
                "pace",
                "confidence",
                "last_update",
                "stale"));
    int keyResultColumns = header.size() - 9;
    if (report != null) {
      header.addAll(INITIATIVE_COLUMNS);
    }
    if (moved != null) {
      header.add("goalposts_moved");
    }
    out.append(Csv.row(header));
    for (ObjectiveStatus o : card.objectives()) {
      for (KrStatus kr : o.keyResults()) {
        KeyResult k = kr.kr();
        List<Object> row = objectiveColumns(o);
        row.add(k.id());
        row.add(k.title());
        row.add(k.unit());
        row.add(Csv.number(k.baseline()));
        row.add(Csv.number(k.target()));
        row.add(Csv.number(kr.current()));
        row.add(kr.line() != null ? null : JsonParts.round(kr.progress()));
        row.add(kr.line() == null ? null : kr.line().word());
        row.add(JsonParts.round(kr.score()));
        row.add(kr.pace() == null ? null : kr.pace().word());
        row.add(kr.confidence());
        row.add(kr.lastUpdate());
        row.add(kr.stale());
        if (report != null) {
          INITIATIVE_COLUMNS.forEach(c -> row.add(null));
        }
        if (moved != null) {
          row.add(GoalpostSection.ofKeyResult(moved, o.objective().id() + "/" + k.id()));
        }
        out.append(Csv.row(row));
      }
      if (report != null) {
        for (okr.scoring.InitiativeProgress p : report.initiatives(o)) {
          List<Object> row = objectiveColumns(o);
          for (int c = 0; c < keyResultColumns; c++) {
            row.add(null);
          }
          row.add(p.initiative().id());
          row.add(p.initiative().title());
          row.add(JsonParts.word(p.status()));
          row.add(Csv.number(p.progress()));
          row.add(p.initiative().due());
          row.add(p.overdue());
          if (moved != null) {
            row.add(null);
          }
          out.append(Csv.row(row));
        }
      }
    }
    return out.toString();
  }

  /** The nine columns that say which objective a row is about, as every row repeats them. */
  private static List<Object> objectiveColumns(ObjectiveStatus o) {
    List<Object> row = new ArrayList<>();
    row.add(o.objective().id());
    row.add(o.objective().header().title());
    row.add(o.objective().header().owner());
    row.add(o.objective().header().team());
    row.add(JsonParts.word(Selection.levelOf(o.objective())));
    row.add(JsonParts.word(o.objective().type()));
    row.add(JsonParts.round(o.score()));
    row.add(o.band() == null ? null : o.band().word());
    row.add(o.colour() == null ? null : o.colour().word());
    return row;
  }

  public static String markdown(Scorecard card) {
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(card.workspaceName() == null ? "" : Markdown.cell(card.workspaceName()) + " · ")
        .append(card.period().label())
        .append("\n\nAs of ")
        .append(card.asOf())
        .append(".\n");
    for (ObjectiveStatus o : card.objectives()) {
      out.append("\n## ")
          .append(Markdown.cell(o.objective().header().title()))
          .append("\n\n")
          .append("`")
          .append(o.objective().id())
          .append("` · ")
          .append(Markdown.cell(o.objective().header().owner()))
          .append(" · score **")
          .append(Numbers.score(o.score()))
          .append("** ")
          .append(Words.plainState(o))
          .append(" · ")
          .append(Words.type(o))
          .append(Words.forecast(o) == null ? "" : " · " + Words.forecast(o))
          .append(o.confidence() == null ? "" : " · " + Markdown.cell(Words.confidence(o)))
          .append(Words.signals(o).isEmpty() ? "" : " · " + Words.signals(o))
          .append("\n\n| Key result | Progress | Current / target | Pace |\n|---|---:|---|---|\n");
      for (KrStatus kr : o.keyResults()) {
        out.append("| ")
            .append(Markdown.cell(kr.kr().title()))
            .append(" | ")
            .append(Words.progress(kr))
            .append(" | ")
            .append(Markdown.cell(StatusView.value(kr)))
            .append(" | ")
            .append(kr.stale() ? "stale" : kr.pace() == null ? "no data" : kr.pace().word())
            .append(" |\n");
      }
    }
    String health = Words.health(card.health());
    if (health != null) {
      out.append("\n").append(Markdown.cell(health)).append("\n");
    }
    return out.toString();
  }
}
