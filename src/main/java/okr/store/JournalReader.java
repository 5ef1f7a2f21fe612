package okr.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.EntryKind;
import okr.model.Grade;
import okr.model.JournalEntry;
import okr.model.Rename;
import okr.store.YNode.YSeq;

/** Reads one month of the journal: a YAML list of check-ins and measurements. */
final class JournalReader {

  private static final Set<String> ENTRY_KEYS =
      Set.of(
          "at",
          "by",
          "kr",
          "kpi",
          "goal",
          "objective",
          "value",
          "confidence",
          "progress",
          "plans",
          "problems");

  private static final Set<String> GRADE_KEYS =
      Set.of("at", "by", "grade", "kr", "objective", "score", "note");
  private static final Set<String> RENAME_KEYS = Set.of("at", "by", "renamed", "to");

  /** What one journal file holds: check-ins and measurements, grades, renames. */
  record Contents(List<JournalEntry> entries, List<Grade> grades, List<Rename> renames) {}

  private JournalReader() {}

  static Contents read(Path file, YNode root, List<Diagnostic> sink) {
    if (!(root instanceof YSeq seq)) {
      sink.add(
          Diagnostic.error(
              "wrong-type",
              root.span(),
              "a journal file must be a list of entries, but this is " + root.describe(),
              "start each entry with `- at: ...`, as `okr checkin` writes them"));
      return new Contents(List.of(), List.of(), List.of());
    }
    List<JournalEntry> entries = new ArrayList<>();
    List<Grade> grades = new ArrayList<>();
    List<Rename> renames = new ArrayList<>();
    for (YNode item : seq.items()) {
      if (hasKey(item, "grade")) {
        MapReader.of(item, "a grade entry", GRADE_KEYS, sink)
            .map(r -> grade(r, sink))
            .ifPresent(grades::add);
      } else if (hasKey(item, "renamed")) {
        MapReader.of(item, "a rename entry", RENAME_KEYS, sink)
            .map(JournalReader::rename)
            .ifPresent(renames::add);
      } else {
        MapReader.of(item, "a journal entry", ENTRY_KEYS, sink)
            .map(r -> entry(r, sink))
            .ifPresent(entries::add);
      }
    }
    return new Contents(entries, grades, renames);
  }

  private static boolean hasKey(YNode node, String key) {
    return node instanceof YNode.YMap map
        && map.entries().stream().anyMatch(e -> e.key().equals(key));
  }

  private static Grade grade(MapReader r, List<Diagnostic> sink) {
    EntryKind kind = r.has("kr") ? EntryKind.KR : EntryKind.OBJECTIVE;
    if (!r.has("kr") && !r.has("objective")) {
      r.missing("objective", "maratona");
    }
    if (!r.has("score")) {
      r.missing("score", "0.7");
    }
    if (!r.has("at")) {
      r.missing("at", "2026-10-01T09:00:00+02:00");
    }
    String period = r.text("grade");
    String ref = r.ref(kind.key());
    Double score = r.number("score");
    java.time.OffsetDateTime at = r.timestamp("at");
    if (score != null && (score < 0 || score > 1)) {
      sink.add(
          Diagnostic.error(
              "invalid-value",
              r.valueSpan("score"),
              "`score: " + score + "` is outside 0.0-1.0",
              "grades are on Google's 0.0-1.0 scale"));
      score = null;
    }
    if (period == null || ref == null || score == null || at == null) {
      return null;
    }
    return new Grade(at, r.text("by"), period, kind, ref, score, r.text("note"), r.spans());
  }

  private static Rename rename(MapReader r) {
    if (!r.has("to")) {
      r.missing("to", "new-id");
    }
    String from = r.ref("renamed");
    String to = r.ref("to");
    java.time.OffsetDateTime at = r.has("at") ? r.timestamp("at") : null;
    if (from == null || to == null || at == null) {
      if (!r.has("at")) {
        r.missing("at", "2026-10-01T09:00:00+02:00");
      }
      return null;
    }
    return new Rename(at, r.text("by"), from, to, r.spans());
  }

  private static JournalEntry entry(MapReader r, List<Diagnostic> sink) {
    List<EntryKind> kinds = new ArrayList<>();
    for (EntryKind kind : EntryKind.values()) {
      if (r.has(kind.key())) {
        kinds.add(kind);
      }
    }
    if (kinds.size() != 1) {
      sink.add(
          Diagnostic.error(
              kinds.isEmpty() ? "missing-key" : "ambiguous-entry",
              r.span(),
              kinds.isEmpty()
                  ? "a journal entry must say what it is about"
                  : "a journal entry must be about one thing, but names "
                      + String.join(" and ", kinds.stream().map(k -> "`" + k.key() + "`").toList()),
              "give exactly one of `kr: objective/kr`, `kpi: id`, `goal: id` or `objective: id`"));
      if (kinds.isEmpty()) {
        return null;
      }
    }
    EntryKind kind = kinds.get(0);
    String ref = r.ref(kind.key());
    if (ref != null && kind == EntryKind.KR && ref.split("/").length != 2) {
      sink.add(
          Diagnostic.error(
              "invalid-id",
              r.valueSpan("kr"),
              "`kr: " + ref + "` must name an objective and one of its key results",
              "write `kr: objective-id/kr-id`, e.g. `kr: maratona/climb`"));
      ref = null;
    }
    Double value = null;
    Boolean done = null;
    if (r.has("value")) {
      if (r.scalarType("value") == YNode.ScalarType.BOOLEAN) {
        done = r.bool("value");
      } else {
        value = r.number("value");
      }
    }
    if (!r.has("at")) {
      r.missing("at", "2026-11-20T18:02:00+01:00");
    }
    JournalEntry entry =
        new JournalEntry(
            r.timestamp("at"),
            r.text("by"),
            kind,
            ref,
            value,
            done,
            r.integer("confidence"),
            r.text("progress"),
            r.text("plans"),
            r.text("problems"),
            r.spans());
    return entry.at() == null || ref == null ? null : entry;
  }
}
