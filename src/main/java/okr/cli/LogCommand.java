package okr.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okr.model.Grade;
import okr.model.JournalEntry;
import okr.model.Period;
import okr.model.Rename;
import okr.model.Retraction;
import okr.model.Workspace;
import okr.render.Numbers;
import okr.render.TerminalText;
import okr.render.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    header = "List journal entries, newest first: check-ins, measurements, grades, renames.",
    description = {
      "With REF, only the entries about it (an objective includes its key results). Filter",
      "by --by, --period and --kind; --format json for scripts."
    })
final class LogCommand implements Callable<Integer> {

  enum Kind {
    checkin,
    measurement,
    note,
    grade,
    rename,
    retraction
  }

  enum Format {
    text,
    json
  }

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      arity = "0..1",
      paramLabel = "REF",
      description = "An objective, key result, KPI or goal.")
  String ref;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Only entries by NAME (a key, name or email from okr.yaml people: too).")
  String by;

  @Option(names = "--period", paramLabel = "P", description = "Only entries made during period P.")
  String period;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only ${COMPLETION-CANDIDATES}.")
  Kind kind;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  LogCommand(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * One line of the log, whatever kind of entry it came from.
   *
   * @param about what the entry is about today (renames made after it followed), null for a
   *     retraction
   */
  private record Item(
      java.time.OffsetDateTime at,
      String id,
      String by,
      Kind kind,
      String target,
      String about,
      String what,
      JournalEntry entry,
      Map<String, Object> json) {}

  @Override
  public Integer call() {
    GlobalOptions global = parent.global();
    okr.store.LoadResult loaded = WorkspaceAccess.load(ctx, global);
    Workspace ws = loaded.workspace();
    Period within =
        period == null
            ? null
            : ws.settings()
                .calendar()
                .resolve(period)
                .orElseThrow(() -> new UsageException("--period " + period + ": not a period"));
    List<Item> items = new ArrayList<>();
    Map<String, Retraction> retractedBy = new LinkedHashMap<>();
    ws.retractions().forEach(r -> retractedBy.putIfAbsent(r.retracts(), r));
    Map<String, JournalEntry> byId = new LinkedHashMap<>();
    for (JournalEntry e : ws.journal()) {
      items.add(entryItem(ws, e, null));
      byId.put(e.id(), e);
    }
    for (JournalEntry e : ws.retracted()) {
      items.add(entryItem(ws, e, retractedBy.get(e.id())));
      byId.put(e.id(), e);
    }
    for (Grade g : ws.grades()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", g.id());
      json.put("at", g.at().toString());
      json.put("by", g.by());
      json.put("kind", "grade");
      json.put("grade", g.period());
      json.put(g.kind().key(), g.ref());
      json.put("score", g.score());
      json.put("note", g.note());
      items.add(
          new Item(
              g.at(),
              g.id(),
              g.by(),
              Kind.grade,
              g.kind().key() + " " + g.ref(),
              ws.currentOf(g),
              "graded "
                  + Numbers.score(g.score())
                  + " for "
                  + g.period()
                  + (g.note() == null ? "" : ": " + g.note()),
              null,
              json));
    }
    for (Rename r : ws.renames()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", r.id());
      json.put("at", r.at().toString());
      json.put("by", r.by());
      json.put("kind", "rename");
      json.put("renamed", r.from());
      json.put("to", r.to());
      items.add(
          new Item(
              r.at(),
              r.id(),
              r.by(),
              Kind.rename,
              r.from(),
              ws.currentOf(r.to(), r.id(), r.at()),
              "renamed to " + r.to(),
              null,
              json));
    }
    for (Retraction r : ws.retractions()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", r.id());
      json.put("at", r.at().toString());
      json.put("by", r.by());
      json.put("kind", "retraction");
      json.put("retracts", r.retracts());
      JournalEntry taken = byId.get(r.retracts());
      items.add(
          new Item(
              r.at(),
              r.id(),
              r.by(),
              Kind.retraction,
              taken == null ? "entry " + r.retracts() : taken.kind().key() + " " + taken.ref(),
              taken == null ? null : ws.currentOf(taken),
              taken == null
                  ? "retracted an entry okr cannot find"
                  : "retracted " + TimeText.show(taken.at()),
              null,
              json));
    }
    String wanted = ref == null ? null : ws.current(ref);
    items.removeIf(
        i ->
            (by != null && !ws.settings().people().same(by, i.by()))
                || (kind != null && i.kind() != kind)
                || (within != null && !within.contains(i.at().toLocalDate()))
                || (wanted != null && !about(i, ref, wanted)));
    items.sort(Comparator.comparing(Item::at).thenComparing(Item::id).reversed());
    if (format == Format.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("format", 1);
      doc.put("kind", "log");
      List<Object> entries = new ArrayList<>();
      items.forEach(i -> entries.add(i.json()));
      doc.put("entries", entries);
      ctx.out().println(okr.render.JsonText.pretty(doc));
      return ViewContext.finish(ctx, loaded);
    }
    int width = global.width(ctx);
    if (items.isEmpty()) {
      ctx.out()
          .println(
              "No journal entries"
                  + (ref == null ? "." : " about " + TerminalText.sanitize(ref) + "."));
    }
    for (Item i : items) {
      String line =
          TimeText.show(i.at())
              + "  "
              + TerminalText.sanitize(i.by() == null ? "?" : i.by())
              + "  "
              + TerminalText.sanitize(i.target())
              + (i.what().isEmpty() ? "" : "  " + TerminalText.sanitize(i.what()));
      ctx.out().println(Text.fit(line, width));
      if (i.entry() != null) {
        for (String[] ppp :
            new String[][] {
              {"progress", i.entry().progress()},
              {"plans", i.entry().plans()},
              {"problems", i.entry().problems()}
            }) {
          if (ppp[1] != null) {
            ctx.out()
                .println(Text.fit("    " + ppp[0] + ": " + TerminalText.sanitize(ppp[1]), width));
          }
        }
      }
    }
    // a journal month that could not be read is said, never shown as "no entries"
    return ViewContext.finish(ctx, loaded);
  }

  /** A check-in, measurement or note, and the retraction that took it back if there is one. */
  private static Item entryItem(Workspace ws, JournalEntry e, Retraction retraction) {
    Map<String, Object> json = new LinkedHashMap<>(okr.render.JsonParts.entry(e));
    // measurement, note or checkin: one rule, the one every JSON format writes
    Kind k = Kind.valueOf((String) json.get("kind"));
    String what = okr.render.EntryText.what(e);
    if (retraction != null) {
      what += (what.isEmpty() ? "" : "  ") + "(retracted)";
    }
    json.put("retracted", retraction != null);
    if (retraction != null) {
      json.put("retracted_by", retraction.id());
    }
    return new Item(
        e.at(), e.id(), e.by(), k, e.kind().key() + " " + e.ref(), ws.currentOf(e), what, e, json);
  }

  /**
   * Whether an item is about what REF names: the same id today, or one of its key results or
   * initiatives, or written under exactly REF.
   */
  private static boolean about(Item item, String typed, String wanted) {
    if (item.about() == null) {
      return false;
    }
    return okr.model.Ref.within(item.about(), wanted) || item.target().endsWith(" " + typed);
  }
}
