package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import okr.model.EntryKind;
import okr.model.Kpi;
import okr.model.Workspace;
import okr.render.TerminalText;
import okr.store.IoMessages;
import okr.store.MeasurementImport;
import okr.store.NewEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    header = "Record a KPI measurement, or import many from CSV.",
    description = {
      "  okr record weekly-climb 5800 [--at 2026-09-20]",
      "  okr record --csv measurements.csv   (columns kpi,at,value with a header row)",
      "A CSV import writes nothing unless every row is good, or --skip-bad says to import the",
      "good rows; every bad row is reported with its line."
    })
final class RecordCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KPI", description = "The KPI's id.")
  String kpi;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "VALUE",
      description = "The measured value, a plain decimal number.")
  String value;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Import measurements from FILE (- for standard input).")
  String csv;

  @Option(
      names = "--skip-bad",
      description = "With --csv: import the good rows even if some are bad.")
  boolean skipBad;

  @Option(names = "--at", paramLabel = "TIME", description = "When it was measured (default: now).")
  String at;

  @Option(
      names = "--future",
      description = "Allow --at, and with --csv a row's at, later than tomorrow.")
  boolean future;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who measured (default: you, as okr whoami says).")
  String by;

  @Option(names = "--dry-run", description = "Print the entries instead of writing them.")
  boolean dryRun;

  RecordCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    String who = Identity.resolve(ctx, ws.settings(), ws.root(), by).name();
    if (csv != null) {
      if (kpi != null) {
        throw new UsageException("give either KPI VALUE or --csv FILE, not both");
      }
      return importCsv(ws, who, global);
    }
    if (kpi == null || value == null) {
      throw new UsageException(
          "name the KPI and the value, e.g. okr record weekly-climb 5800; or import with --csv FILE");
    }
    if (ws.kpi(kpi).isEmpty()) {
      Set<String> ids = kpiIds(ws);
      throw new UsageException(
          "no KPI is called `"
              + TerminalText.sanitize(kpi)
              + "`"
              + okr.model.Suggestions.closest(kpi, ids)
                  .map(s -> "; did you mean `" + s + "`?")
                  .orElse(""));
    }
    ValueText.Parsed parsed = ValueText.number(value);
    if (parsed.problem() != null) {
      throw new UsageException("VALUE " + parsed.problem());
    }
    String outside = CheckinTarget.resolve(ws, kpi).outsideBounds(ws, parsed.number());
    if (outside != null) {
      throw new UsageException("VALUE " + outside + "; nothing was written");
    }
    OffsetDateTime when =
        at != null
            ? TimeText.parse(at, ctx.clock().getZone(), global.now(ctx), future)
            : global.now(ctx);
    return write(
        ws.root(),
        List.of(
            new NewEntry(
                when, who, EntryKind.KPI, kpi, parsed.number(), null, null, null, null, null)));
  }

  /**
   * The file as UTF-8 text, or null after naming the line and column of the first byte that is not
   * UTF-8. Decoding leniently (as before) turned such bytes into U+FFFD and imported them, and
   * reading strictly failed with "Input length = 1" naming neither line nor file.
   */
  private String utf8(byte[] bytes) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (!result.isError()) {
      return out.flip().toString();
    }
    int at = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    ctx.err()
        .println(
            TerminalText.sanitize(csv.equals("-") ? "stdin" : csv)
                + ":"
                + line
                + ":"
                + (at - lineStart + 1)
                + ": not UTF-8 (byte 0x"
                + String.format(java.util.Locale.ROOT, "%02X", bytes[at] & 0xFF)
                + "); save the file as UTF-8");
    ctx.err().println("okr: nothing was imported");
    return null;
  }

  private Integer importCsv(Workspace ws, String who, GlobalOptions global) throws IOException {
    byte[] bytes;
    try {
      bytes =
          csv.equals("-") ? ctx.in().readAllBytes() : Files.readAllBytes(ctx.cwd().resolve(csv));
    } catch (IOException e) {
      ctx.err().println("okr: " + TerminalText.sanitize(csv) + ": " + IoMessages.describe(e));
      return ExitCode.IO_OR_INTERNAL;
    }
    String text = utf8(bytes);
    if (text == null) {
      return ExitCode.PROBLEMS;
    }
    MeasurementImport.Result result =
        MeasurementImport.read(
            text,
            kpiIds(ws),
            who,
            ctx.clock().getZone(),
            (id, value) ->
                ws.kpi(id)
                    .flatMap(k -> okr.model.Bound.brokenBy(k, value))
                    .map(
                        b ->
                            "`"
                                + okr.model.Bound.plain(value)
                                + "` is "
                                + b.describe()
                                + " of KPI `"
                                + id
                                + "` ("
                                + okr.check.BoundRules.place(ws.root(), b.span())
                                + ")")
                    .orElse(null),
            future ? null : TimeText.latest(global.now(ctx), ctx.clock().getZone()));
    for (String problem : result.problems()) {
      ctx.err().println(TerminalText.sanitize(csv + ":" + problem));
    }
    if (!result.problems().isEmpty() && !skipBad) {
      int good = result.entries().size();
      String hint =
          good == 0
              ? ""
              : " (--skip-bad imports the " + good + (good == 1 ? " good row)" : " good rows)");
      int bad = result.problems().size();
      ctx.err()
          .println(
              "okr: "
                  + bad
                  + (bad == 1 ? " bad row" : " bad rows")
                  + "; nothing was written"
                  + hint);
      return ExitCode.PROBLEMS;
    }
    // Rows recorded before (by an earlier run of the same import, here or in another clone) have
    // the same ids: they are not written again.
    java.util.Set<String> recorded = new java.util.HashSet<>();
    ws.journal().forEach(e -> recorded.add(e.id()));
    ws.retracted().forEach(e -> recorded.add(e.id()));
    List<NewEntry> fresh = new ArrayList<>();
    for (NewEntry entry : result.entries()) {
      if (recorded.add(entry.id())) {
        fresh.add(entry);
      }
    }
    int already = result.entries().size() - fresh.size();
    if (already > 0 && fresh.isEmpty()) {
      ctx.out()
          .println(
              "Nothing to record: "
                  + (already == 1 ? "the measurement was" : "all " + already + " measurements were")
                  + " already recorded.");
      return result.problems().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
    }
    if (already > 0) {
      ctx.out()
          .println(
              already
                  + (already == 1
                      ? " measurement was already recorded and is left as it is."
                      : " measurements were already recorded and are left as they are."));
    }
    result = new MeasurementImport.Result(fresh, result.problems());
    if (ctx.terminal() && result.entries().size() >= 10_000) {
      ctx.err().println("okr: writing " + result.entries().size() + " measurements…");
    }
    int code = write(ws.root(), result.entries());
    return result.problems().isEmpty() ? code : ExitCode.PROBLEMS;
  }

  private Integer write(Path root, List<NewEntry> entries) throws IOException {
    if (dryRun) {
      entries.forEach(e -> ctx.out().print(e.toYaml()));
      return ExitCode.OK;
    }
    if (entries.isEmpty()) {
      ctx.out().println("Nothing to record.");
      return ExitCode.OK;
    }
    return Writing.measurements(ctx, parent.global(), entries);
  }

  private static Set<String> kpiIds(Workspace ws) {
    Set<String> ids = new LinkedHashSet<>();
    for (Kpi k : ws.kpis()) {
      ids.add(k.id());
    }
    return ids;
  }
}
