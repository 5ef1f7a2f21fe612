package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.JournalEntry;
import okr.scoring.GoalStatus;
import okr.scoring.InitiativeProgress;
import okr.scoring.KpiStatus;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;

/** `okr show` for scripts and documents: JSON (docs/json.md), CSV of the history, Markdown. */
public final class ShowFormats {

  private ShowFormats() {}

  public static String objectiveJson(
      ObjectiveStatus o,
      List<InitiativeProgress> initiatives,
      List<ObjectiveStatus> children,
      List<String> lineage) {
    Map<String, Object> doc = head("objective");
    doc.put("objective", JsonParts.objective(o));
    List<Object> work = new ArrayList<>();
    initiatives.forEach(i -> work.add(initiative(i)));
    doc.put("initiatives", work);
    List<Object> aligned = new ArrayList<>();
    children.forEach(c -> aligned.add(JsonParts.objective(c)));
    doc.put("alignedToThis", aligned);
    doc.put("carriedFrom", lineage);
    doc.put("checkins", entries(history(o, initiatives)));
    return Json.pretty(doc);
  }

  /** An objective's history: the check-ins of its key results and initiatives, oldest first. */
  public static List<JournalEntry> history(
      ObjectiveStatus o, List<InitiativeProgress> initiatives) {
    List<JournalEntry> all = new ArrayList<>();
    o.keyResults().forEach(kr -> all.addAll(kr.checkins()));
    initiatives.forEach(i -> all.addAll(i.checkins()));
    all.sort(java.util.Comparator.comparing(JournalEntry::at));
    return all;
  }

  public static String initiativeJson(InitiativeProgress p) {
    Map<String, Object> doc = head("initiative");
    doc.put("initiative", initiative(p));
    doc.put("checkins", entries(p.checkins()));
    return Json.pretty(doc);
  }

  /**
   * Every initiative of a period's review, objective by objective, as JSON: each as {@code show}
   * writes it, with the id of its {@code objective} first (docs/json.md).
   */
  public static String reportInitiativesJson(okr.scoring.Report report) {
    List<Object> all = new ArrayList<>();
    for (ObjectiveStatus o : report.card().objectives()) {
      for (InitiativeProgress p : report.initiatives(o)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objective", o.objective().id());
        m.putAll(initiative(p));
        all.add(m);
      }
    }
    return Json.pretty(all);
  }

  /** An initiative as JSON: what the file says, and its progress as of the day (docs/json.md). */
  private static Map<String, Object> initiative(InitiativeProgress p) {
    okr.model.Initiative i = p.initiative();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("ref", p.ref());
    m.put("title", i.title());
    m.put("status", JsonParts.word(p.status()));
    m.put("keyResult", i.keyResult());
    m.put("owner", i.owner());
    m.put("link", i.link());
    m.put("due", i.due() == null ? null : i.due().toString());
    m.put("progress", p.progress());
    m.put("progressFrom", p.progress() == null ? null : p.fromCheckin() ? "checkin" : "file");
    m.put("done", p.done());
    m.put("overdue", p.overdue());
    m.put("daysOverdue", p.daysOverdue());
    return m;
  }

  public static String keyResultJson(KrStatus kr) {
    Map<String, Object> doc = head("keyResult");
    doc.put("keyResult", JsonParts.keyResult(kr));
    doc.put("checkins", entries(kr.checkins()));
    return Json.pretty(doc);
  }

  public static String kpiJson(KpiStatus k, List<String> usedBy) {
    Map<String, Object> doc = head("kpi");
    doc.put("kpi", JsonParts.kpi(k));
    doc.put("usedBy", usedBy);
    doc.put("measurements", entries(k.measurements()));
    return Json.pretty(doc);
  }

  public static String goalJson(GoalStatus g) {
    Map<String, Object> doc = head("goal");
    doc.put("goal", JsonParts.goal(g));
    doc.put("checkins", entries(g.checkins()));
    return Json.pretty(doc);
  }

  /** The history of check-ins or measurements as CSV, oldest first. */
  public static String csv(List<JournalEntry> entries) {
    StringBuilder out =
        new StringBuilder(
            Csv.row(
                List.of(
                    "at",
                    "by",
                    "kind",
                    "ref",
                    "value",
                    "confidence",
                    "progress",
                    "plans",
                    "problems")));
    for (JournalEntry e : entries) {
      List<Object> row = new ArrayList<>();
      row.add(e.at().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      row.add(e.by());
      row.add(e.kind().key());
      row.add(e.ref());
      row.add(e.done() != null ? (Object) e.done() : Csv.number(e.value()));
      row.add(e.confidence());
      row.add(e.progress());
      row.add(e.plans());
      row.add(e.problems());
      out.append(Csv.row(row));
    }
    return out.toString();
  }

  /**
   * The text view as Markdown: the title as a heading, fields as a list, each section a heading of
   * its own. The lines are already sanitized for a terminal; Markdown's own characters are escaped
   * here.
   */
  public static String markdown(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (first) {
        out.append("# ").append(escape(line)).append("\n\n");
        first = false;
      } else if (!line.startsWith(" ")) {
        out.append("\n## ").append(escape(line)).append("\n\n");
      } else if (line.startsWith("      ")) {
        out.append("  - ").append(escape(line.strip())).append('\n');
      } else {
        out.append("- ").append(escape(line.strip())).append('\n');
      }
    }
    return out.toString();
  }

  private static String escape(String text) {
    return Markdown.cell(text);
  }

  private static Map<String, Object> head(String kind) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", 1);
    doc.put("kind", kind);
    return doc;
  }

  private static List<Object> entries(List<JournalEntry> list) {
    List<Object> out = new ArrayList<>();
    list.forEach(e -> out.add(JsonParts.entry(e)));
    return out;
  }
}
