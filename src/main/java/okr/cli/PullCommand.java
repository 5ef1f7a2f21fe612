package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.Kpi;
import okr.model.Provenance;
import okr.model.Workspace;
import okr.render.Numbers;
import okr.render.TerminalText;
import okr.store.IoMessages;
import okr.store.PulledMeasurement;
import okr.store.SourcePull;
import okr.store.TrustedSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    header = "Measure KPIs from their sources: a command, a CSV file or a JSON address.",
    description = {
      "  okr pull                 (every KPI that names a `source:`)",
      "  okr pull weekly-climb --dry-run",
      "Each measurement records where it came from and a hash of what the source gave. A",
      "command or address runs only after `okr trust KPI` allowed its exact text (CI passes",
      "--trust-all); a CSV file in the workspace needs no allow. A source that fails is one",
      "line and the others still pull; the exit code is then 1. A value already recorded for",
      "the same moment is not recorded again."
    })
final class PullCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      arity = "0..*",
      paramLabel = "KPI",
      description = "The KPIs to pull (default: all that name a source).")
  List<String> kpis = new ArrayList<>();

  @Option(names = "--dry-run", description = "Print the entries instead of writing them.")
  boolean dryRun;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "How long one source may take (default: 30).")
  String timeout = "30";

  @Option(
      names = "--trust-all",
      description = "Run every command and address without an allow (for CI, on your own repo).")
  boolean trustAll;

  PullCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Duration limit = limit();
    Workspace ws = Writing.load(ctx, global).workspace();
    String who = Identity.resolve(ctx, ws.settings(), ws.root(), null).name();
    List<Kpi> targets = targets(ws);
    if (targets.isEmpty()) {
      ctx.out().println("No KPI names a `source:`; see `okr help pull`.");
      return ExitCode.OK;
    }
    TrustedSources trusted;
    try {
      trusted = TrustedSources.read(TrustedSources.location(ctx.env()));
    } catch (IOException e) {
      ctx.err().println("okr: the list of trusted sources: " + IoMessages.describe(e));
      return ExitCode.IO_OR_INTERNAL;
    }
    OffsetDateTime now = global.now(ctx);
    List<PulledMeasurement> all = new ArrayList<>();
    int failed = 0;
    for (Kpi kpi : targets) {
      String problem = untrusted(trusted, ws.root(), kpi);
      List<PulledMeasurement> pulled = new ArrayList<>();
      if (problem == null) {
        try {
          problem = pull(kpi, ws, who, limit, now, pulled);
        } catch (SourcePull.Failed e) {
          problem = kpi.source().describe() + " " + e.getMessage();
        }
      }
      if (problem != null) {
        failed++;
        ctx.err().println(TerminalText.sanitize("okr: " + kpi.id() + ": " + problem));
        continue;
      }
      List<PulledMeasurement> added = PulledMeasurement.unrecorded(pulled, ws, zone());
      all.addAll(pulled);
      ctx.out()
          .println(
              okr.render.Text.fit(
                  TerminalText.sanitize(said(kpi, pulled, added)), parent.global().width(ctx)));
    }
    int code = write(ws, all);
    return failed > 0 ? ExitCode.PROBLEMS : code;
  }

  private java.time.ZoneId zone() {
    return ctx.clock().getZone();
  }

  private Duration limit() {
    // The one decimal grammar, as everywhere: no 0x1p4, no 30d, no Infinity.
    okr.model.Decimal.Reading reading = okr.model.Decimal.read(timeout);
    double seconds = reading.ok() ? reading.value() : -1;
    if (!(seconds > 0 && seconds <= 86_400)) {
      throw new UsageException(
          "--timeout takes seconds, more than 0 and at most 86400, e.g. --timeout 30");
    }
    return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
  }

  private List<Kpi> targets(Workspace ws) {
    if (kpis.isEmpty()) {
      return ws.kpis().stream().filter(k -> k.source() != null).toList();
    }
    List<Kpi> targets = new ArrayList<>();
    for (String id : new java.util.LinkedHashSet<>(kpis)) {
      Kpi kpi = KpiNamed.in(ws, id);
      if (kpi.source() == null) {
        throw new UsageException(
            "KPI `" + id + "` names no `source:`; add one to its file (see `okr help pull`)");
      }
      targets.add(kpi);
    }
    return targets;
  }

  /** Why the KPI's source may not run here, or null when it may. */
  private String untrusted(TrustedSources trusted, Path root, Kpi kpi) {
    if (trustAll || !kpi.source().runs()) {
      return null;
    }
    TrustedSources.Verdict verdict = trusted.verdict(root, kpi.id(), kpi.source());
    if (verdict.state() == TrustedSources.State.ALLOWED) {
      return null;
    }
    return kpi.source().describe()
        + (verdict.state() == TrustedSources.State.CHANGED
            ? " changed since you allowed it"
                + (verdict.changedFiles().isEmpty()
                    ? ""
                    : ": " + String.join(", ", verdict.changedFiles()))
            : " is not allowed to run")
        + "; read it, then allow it with `okr trust "
        + kpi.id()
        + "`";
  }

  /** Pulls one KPI into {@code into}; returns why a value cannot be recorded, or null. */
  private String pull(
      Kpi kpi,
      Workspace ws,
      String who,
      Duration limit,
      OffsetDateTime now,
      List<PulledMeasurement> into)
      throws SourcePull.Failed {
    SourcePull.Pulled pulled =
        SourcePull.pull(kpi.source(), ws.root(), ctx.env(), limit, now, ctx.clock().getZone());
    Provenance src = new Provenance(kpi.source().kind().key(), now, pulled.sha256());
    for (SourcePull.Reading reading : pulled.readings()) {
      var broken = okr.model.Bound.brokenBy(kpi, reading.value());
      if (broken.isPresent()) {
        return kpi.source().describe()
            + " gave "
            + okr.model.Bound.plain(reading.value())
            + ", which is "
            + broken.get().describe()
            + "; nothing was recorded for it";
      }
      into.add(PulledMeasurement.of(kpi.id(), reading, who, src));
    }
    return null;
  }

  /** One line per KPI: what the source gave and what of it is new. */
  private static String said(
      Kpi kpi, List<PulledMeasurement> pulled, List<PulledMeasurement> added) {
    String from = "from " + kpi.source().kind().key();
    String values =
        pulled.size() == 1
            ? Numbers.withUnit(pulled.get(0).entry().value(), kpi.unit())
            : pulled.size() + " values";
    int already = pulled.size() - added.size();
    String news =
        added.isEmpty()
            ? "already recorded"
            : already == 0 ? "new" : added.size() + " new, " + already + " already recorded";
    return kpi.id() + ": " + values + " " + from + " (" + news + ")";
  }

  private int write(Workspace ws, List<PulledMeasurement> pulled) throws IOException {
    List<PulledMeasurement> fresh = PulledMeasurement.unrecorded(pulled, ws, zone());
    if (dryRun) {
      fresh.forEach(e -> ctx.out().print(e.toYaml()));
      return ExitCode.OK;
    }
    if (fresh.isEmpty()) {
      return ExitCode.OK;
    }
    // Decided again under the lock: another pull may have recorded the same values meanwhile.
    return Writing.measurements(
        ctx, parent.global(), now -> PulledMeasurement.unrecorded(pulled, now, zone()));
  }
}
