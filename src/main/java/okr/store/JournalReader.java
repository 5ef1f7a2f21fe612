package okr.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.EntryId;
import okr.model.EntryKind;
import okr.model.Grade;
import okr.model.JournalEntry;
import okr.model.Ref;
import okr.model.Rename;
import okr.model.Retraction;
import okr.model.SourceSpan;
import okr.model.Spans;
import okr.store.YNode.YSeq;

/**
 * Reads one file of the journal: a YAML list of check-ins, measurements, grades, renames and
 * retractions, one a line ({@code - {id: ..., at: ...}}) or in the block form of the first
 * journals. An entry without an id gets one derived from its content.
 */
final class JournalReader implements LocatedYamlParser.ItemSink {

  private static final Set<String> ENTRY_KEYS =
      Set.of(
          "id",
          "at",
          "by",
          "kr",
          "kpi",
          "goal",
          "objective",
          "initiative",
          "value",
          "confidence",
          "progress",
          "plans",
          "problems",
          "src");

  private static final Set<String> SRC_KEYS = Set.of("kind", "pulled", "sha256");

  private static final Set<String> GRADE_KEYS =
      Set.of("id", "at", "by", "grade", "kr", "objective", "score", "note");
  private static final Set<String> RENAME_KEYS = Set.of("id", "at", "by", "renamed", "to");
  private static final Set<String> RETRACTION_KEYS = Set.of("id", "at", "by", "retracts");
  private static final Set<String> REOPEN_KEYS = Set.of("id", "at", "by", "reopen", "note");

  /** A closed period opened again: the grades given to it before {@code at} no longer count. */
  record Reopening(
      String id, OffsetDateTime at, String by, String period, String note, Spans spans) {}

  /** What one journal file holds. */
  record Contents(
      List<JournalEntry> entries,
      List<Grade> grades,
      List<Rename> renames,
      List<Retraction> retractions,
      List<Reopening> reopenings) {}

  /**
   * Who wrote an entry and what it is about, shared: a journal of 100,000 entries names a few
   * hundred people and key results, and held 200,000 copies of them.
   */
  private static final SharedStrings REPEATED = new SharedStrings(1 << 16);

  /** What the entries of this file say about themselves; the file's own soundness aside. */
  private final List<Diagnostic> sink = new ArrayList<>();

  /** How often each derived id was seen in this file, so identical old entries stay distinct. */
  private final Map<String, Integer> derivedSeen = new HashMap<>();

  private final List<JournalEntry> entries = new ArrayList<>();
  private final List<Grade> grades = new ArrayList<>();
  private final List<Rename> renames = new ArrayList<>();
  private final List<Retraction> retractions = new ArrayList<>();
  private final List<Reopening> reopenings = new ArrayList<>();

  /** A reader for one file, to be given its items by the parser ({@link #item}). */
  JournalReader() {}

  /** What the file's items held. */
  Contents contents() {
    return new Contents(entries, grades, renames, retractions, reopenings);
  }

  /** What was wrong with the file's items, in the order they were read. */
  List<Diagnostic> problems() {
    return sink;
  }

  /**
   * Reads the parsed root of a file whose items did not come one by one: it is not a list of
   * entries.
   */
  void root(YNode root) {
    if (!(root instanceof YSeq seq)) {
      sink.add(
          Diagnostic.error(
              "wrong-type",
              root.span(),
              "a journal file must be a list of entries, but this is " + root.describe(),
              "start each entry with `- {at: ...}`, as `okr checkin` writes them"));
      return;
    }
    for (YNode item : seq.items()) {
      item(item, List.of());
    }
  }

  /**
   * Reads one item of the file's list.
   *
   * @param duplicateKeys the parser's findings inside this item: in a sound journal file these are
   *     duplicate keys, an entry that a line-wise merge fused from two; it is reported once, as
   *     fused, and left out, while the rest of the file still counts
   */
  @Override
  public void item(YNode item, List<Diagnostic> duplicateKeys) {
    warnIfWrapped(item);
    if (!duplicateKeys.isEmpty()) {
      reportFused(item, duplicateKeys);
      return;
    }
    Marker marker = Marker.of(item);
    if (marker == Marker.GRADE) {
      MapReader r = MapReader.of(item, "a grade entry", GRADE_KEYS, sink).orElse(null);
      addIfRead(r == null ? null : grade(r), grades);
    } else if (marker == Marker.RENAMED) {
      MapReader r = MapReader.of(item, "a rename entry", RENAME_KEYS, sink).orElse(null);
      addIfRead(r == null ? null : rename(r), renames);
    } else if (marker == Marker.REOPEN) {
      MapReader r = MapReader.of(item, "a reopening", REOPEN_KEYS, sink).orElse(null);
      addIfRead(r == null ? null : reopening(r), reopenings);
    } else if (marker == Marker.RETRACTS) {
      MapReader r = MapReader.of(item, "a retraction", RETRACTION_KEYS, sink).orElse(null);
      addIfRead(r == null ? null : retraction(r), retractions);
    } else {
      MapReader r = MapReader.of(item, "a journal entry", ENTRY_KEYS, sink).orElse(null);
      addIfRead(r == null ? null : entry(r), entries);
    }
  }

  /** Adds what an item was read as, if it was: no lambda linked per reader (bench/README.md). */
  private static <T> void addIfRead(T read, List<T> into) {
    if (read != null) {
      into.add(read);
    }
  }

  /**
   * Two block entries with the same first line(s), merged line by line (git's union merge, a
   * rebase), become one mapping holding both entries' keys: say so, and how to split it.
   */
  private void reportFused(YNode item, List<Diagnostic> duplicates) {
    int second = duplicates.stream().mapToInt(d -> d.span().line()).min().orElse(0);
    List<String> keys = new ArrayList<>();
    for (Diagnostic d : duplicates) {
      String message = d.message();
      int start = message.indexOf('`');
      int end = message.indexOf('`', start + 1);
      if (start >= 0 && end > start) {
        keys.add(message.substring(start, end + 1));
      }
    }
    sink.add(
        Diagnostic.error(
            "fused-entry",
            item.span(),
            "this journal entry holds two entries fused by a line-wise merge ("
                + String.join(", ", keys)
                + " twice, the second time from line "
                + second
                + "); neither is counted",
            "split it: start a new entry (`- at: ...`) at line "
                + second
                + " with the second entry's keys, and give each entry its own copy of the lines"
                + " they shared; okr now writes one entry per line, which merges cleanly"));
  }

  /**
   * An entry in braces spread over several lines reads fine, but a line-wise merge can keep one
   * side's first line and the other's second and break the file: okr writes each on one line.
   */
  private void warnIfWrapped(YNode item) {
    if (!(item instanceof YNode.YMap map) || map.entries().isEmpty()) {
      return;
    }
    SourceSpan start = map.span();
    SourceSpan firstKey = map.entries().get(0).keySpan();
    boolean flow = firstKey.line() == start.line() && firstKey.column() > start.column();
    int last = start.line();
    for (YNode.Entry entry : map.entries()) {
      last = Math.max(last, Math.max(entry.keySpan().line(), entry.value().span().line()));
    }
    if (flow && last > start.line()) {
      sink.add(
          Diagnostic.warning(
              "entry-on-many-lines",
              start,
              "this journal entry is written over lines "
                  + start.line()
                  + "-"
                  + last
                  + "; git merges the journal line by line and can break an entry that spans lines",
              "join it into one line, `- {id: ..., at: ..., ...}`, as okr writes entries"));
    }
  }

  /** The key that makes an item something other than a plain entry, in the order they are tried. */
  private enum Marker {
    GRADE("grade"),
    RENAMED("renamed"),
    REOPEN("reopen"),
    RETRACTS("retracts");

    private static final Marker[] ALL = values();

    private final String key;

    Marker(String key) {
      this.key = key;
    }

    /**
     * What kind of item this is (a grade before a rename, a reopening and a retraction); null for a
     * plain entry. One look at the keys, where asking for each of the four in turn read every
     * entry's keys four times.
     */
    static Marker of(YNode node) {
      if (!(node instanceof YNode.YMap map)) {
        return null;
      }
      Marker found = null;
      for (int i = 0; i < map.entries().size(); i++) {
        YNode.Entry e = map.entries().get(i);
        for (Marker m : ALL) {
          if ((found == null || m.ordinal() < found.ordinal()) && m.key.equals(e.key())) {
            found = m;
          }
        }
      }
      return found;
    }
  }

  /** The entry's own id, or one derived from its fields; null (reported) when it is not an id. */
  private String id(MapReader r, String fields) {
    if (r.has("id")) {
      String id = r.text("id");
      if (id != null && !okr.model.Slugs.isId(id)) {
        sink.add(
            Diagnostic.error(
                "invalid-id",
                r.valueSpan("id"),
                "`id: " + id + "` is not an entry id",
                "entry ids are lowercase letters, digits and dashes; remove `id:` from an entry"
                    + " written by hand and okr names it by its content"));
        return null;
      }
      return id;
    }
    Integer before = derivedSeen.get(fields);
    int occurrence = before == null ? 1 : before + 1;
    derivedSeen.put(fields, occurrence);
    return EntryId.derived(fields, occurrence);
  }

  private OffsetDateTime requiredAt(MapReader r) {
    if (!r.has("at")) {
      r.missing("at", "2026-11-20T18:02:00+01:00");
      return null;
    }
    return r.timestamp("at");
  }

  private Grade grade(MapReader r) {
    EntryKind kind = r.has("kr") ? EntryKind.KR : EntryKind.OBJECTIVE;
    if (!r.has("kr") && !r.has("objective")) {
      r.missing("objective", "maratona");
    }
    if (!r.has("score")) {
      r.missing("score", "0.7");
    }
    String period = r.text("grade");
    String ref = REPEATED.of(r.ref(kind.key()));
    Double score = r.number("score");
    OffsetDateTime at = requiredAt(r);
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
    String by = REPEATED.of(r.text("by"));
    String note = r.text("note");
    String id = id(r, fields("grade", at, by, period, kind, ref, score, note));
    return id == null ? null : new Grade(id, at, by, period, kind, ref, score, note, r.spans());
  }

  private Rename rename(MapReader r) {
    if (!r.has("to")) {
      r.missing("to", "new-id");
    }
    String from = r.ref("renamed");
    String to = r.ref("to");
    OffsetDateTime at = requiredAt(r);
    if (from == null || to == null || at == null) {
      return null;
    }
    String by = REPEATED.of(r.text("by"));
    String id = id(r, fields("rename", at, by, from, to));
    return id == null ? null : new Rename(id, at, by, from, to, r.spans());
  }

  private Reopening reopening(MapReader r) {
    String period = r.text("reopen");
    OffsetDateTime at = requiredAt(r);
    if (period == null || at == null) {
      return null;
    }
    String by = REPEATED.of(r.text("by"));
    String note = r.text("note");
    String id = id(r, fields("reopen", at, by, period, note));
    return id == null ? null : new Reopening(id, at, by, period, note, r.spans());
  }

  private Retraction retraction(MapReader r) {
    String retracts = r.text("retracts");
    OffsetDateTime at = requiredAt(r);
    if (retracts == null || at == null) {
      return null;
    }
    String by = REPEATED.of(r.text("by"));
    String id = id(r, fields("retraction", at, by, retracts));
    return id == null ? null : new Retraction(id, at, by, retracts, r.spans());
  }

  private JournalEntry entry(MapReader r) {
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
              "give exactly one of `kr: objective/kr`, `kpi: id`, `goal: id`, `objective: id` or"
                  + " `initiative: objective/initiative`"));
      if (kinds.isEmpty()) {
        return null;
      }
    }
    EntryKind kind = kinds.get(0);
    String ref = REPEATED.of(r.ref(kind.key()));
    boolean inObjective = kind == EntryKind.KR || kind == EntryKind.INITIATIVE;
    if (ref != null && inObjective && !Ref.parse(ref).isOneLevelDeep()) {
      String what = kind == EntryKind.KR ? "key results" : "initiatives";
      String example = kind == EntryKind.KR ? "maratona/climb" : "maratona/hill-rides";
      sink.add(
          Diagnostic.error(
              "invalid-id",
              r.valueSpan(kind.key()),
              "`" + kind.key() + ": " + ref + "` must name an objective and one of its " + what,
              "write `"
                  + kind.key()
                  + ": objective-id/id`, e.g. `"
                  + kind.key()
                  + ": "
                  + example
                  + "`"));
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
    OffsetDateTime at = requiredAt(r);
    if (at == null || ref == null) {
      return null;
    }
    String by = REPEATED.of(r.text("by"));
    Integer confidence = r.integer("confidence");
    String progress = r.text("progress");
    String plans = r.text("plans");
    String problems = r.text("problems");
    String id =
        id(
            r,
            fields("entry", at, by, kind, ref, value, done, confidence, progress, plans, problems));
    if (id == null) {
      return null;
    }
    MapReader m = r.map("src", "the source of a pulled measurement", SRC_KEYS).orElse(null);
    String from = m == null ? null : m.requiredText("kind", "command");
    okr.model.Provenance src =
        from == null
            ? null
            : new okr.model.Provenance(from, m.timestamp("pulled"), m.text("sha256"));
    return new JournalEntry(
        id, at, by, kind, ref, value, done, confidence, progress, plans, problems, r.spans(), src);
  }

  /**
   * An entry's fields in one text: what a derived id is made from, and what tells a copy of an
   * entry (carried twice by git) from a different entry that reuses its id.
   */
  static String fields(Object... values) {
    StringBuilder out = new StringBuilder();
    for (Object value : values) {
      String text = value == null ? "" : value.toString();
      out.append(text.length()).append(':').append(text).append('|');
    }
    return out.toString();
  }
}
