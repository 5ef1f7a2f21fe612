package okr.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.EntryKind;
import okr.model.JournalEntry;
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

  private JournalReader() {}

  static List<JournalEntry> read(Path file, YNode root, List<Diagnostic> sink) {
    if (!(root instanceof YSeq seq)) {
      sink.add(
          Diagnostic.error(
              "wrong-type",
              root.span(),
              "a journal file must be a list of entries, but this is " + root.describe(),
              "start each entry with `- at: ...`, as `okr checkin` writes them"));
      return List.of();
    }
    List<JournalEntry> entries = new ArrayList<>();
    for (YNode item : seq.items()) {
      MapReader.of(item, "a journal entry", ENTRY_KEYS, sink)
          .map(r -> entry(r, sink))
          .ifPresent(entries::add);
    }
    return entries;
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
