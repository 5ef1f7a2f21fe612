package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.Kpi;
import okr.model.Workspace;
import okr.render.TerminalText;
import okr.store.IoMessages;
import okr.store.TrustedSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "trust",
    mixinStandardHelpOptions = true,
    header = "Allow `okr pull` to run a KPI's command or fetch its address.",
    description = {
      "  okr trust weekly-climb        (read the source it prints first)",
      "  okr trust --list",
      "  okr trust --revoke weekly-climb",
      "A clone can bring any command, so `okr pull` runs one only after you allowed its exact",
      "text here. Allows are yours, kept outside the workspace (next to the personal settings,",
      "~/.config/okr/trusted), for this workspace's folder; when the text changes, allow it",
      "again. CSV sources only read a file in the workspace and need no allow."
    })
final class TrustCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(arity = "0..*", paramLabel = "KPI", description = "The KPIs whose source to allow.")
  List<String> kpis = new ArrayList<>();

  @Option(names = "--list", description = "List the sources of this workspace and their allows.")
  boolean list;

  @Option(names = "--revoke", description = "Take back the allow of each KPI named.")
  boolean revoke;

  TrustCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    if (list && (revoke || !kpis.isEmpty())) {
      throw new UsageException("--list takes no KPI and no --revoke");
    }
    if (revoke && kpis.isEmpty()) {
      throw new UsageException("name the KPIs whose allow to take back, e.g. --revoke nps");
    }
    Workspace ws = WorkspaceAccess.load(ctx, parent.global()).workspace();
    Path file = TrustedSources.location(ctx.env());
    if (file == null && !list && !kpis.isEmpty()) {
      throw new UsageException(
          "okr keeps allows under $XDG_CONFIG_HOME or $HOME, and neither is set");
    }
    TrustedSources trusted;
    try {
      trusted = TrustedSources.read(file);
    } catch (IOException e) {
      ctx.err().println("okr: " + TerminalText.sanitize(file + ": " + IoMessages.describe(e)));
      return ExitCode.IO_OR_INTERNAL;
    }
    if (kpis.isEmpty()) {
      return list(ws, trusted);
    }
    List<Kpi> named = new ArrayList<>();
    for (String id : new java.util.LinkedHashSet<>(kpis)) {
      named.add(kpi(ws, id));
    }
    List<String> said = new ArrayList<>();
    try {
      // Read again under the lock: another okr trust may have written meanwhile.
      TrustedSources.update(file, current -> change(ws, current, named, said));
    } catch (IllegalArgumentException e) {
      ctx.err().println("okr: " + e.getMessage());
      return ExitCode.IO_OR_INTERNAL;
    } catch (IOException e) {
      ctx.err().println("okr: " + TerminalText.sanitize(file + ": " + IoMessages.describe(e)));
      return ExitCode.IO_OR_INTERNAL;
    }
    said.forEach(s -> s.lines().forEach(l -> ctx.out().println(TerminalText.sanitize(l))));
    return ExitCode.OK;
  }

  /** The allows with each named KPI allowed or revoked; what was done goes to {@code said}. */
  private TrustedSources change(
      Workspace ws, TrustedSources trusted, List<Kpi> named, List<String> said) {
    said.clear();
    for (Kpi kpi : named) {
      if (revoke) {
        boolean had = trusted.of(ws.root()).stream().anyMatch(a -> a.kpi().equals(kpi.id()));
        trusted = trusted.revoke(ws.root(), kpi.id());
        said.add(kpi.id() + (had ? ": allow taken back" : ": was not allowed"));
      } else if (!kpi.source().runs()) {
        said.add(
            kpi.id() + ": " + kpi.source().describe() + " only reads a file; it needs no allow");
      } else {
        trusted = trusted.allow(ws.root(), kpi.id(), kpi.source());
        StringBuilder text =
            new StringBuilder(
                kpi.id() + ": allowed\n  " + kpi.source().text().replace("\n", "\n  "));
        // The files the allow covers as they are now: read them too, a change needs a new allow.
        TrustedSources.files(ws.root(), kpi.source())
            .keySet()
            .forEach(f -> text.append("\n  and the file ").append(f).append(" as it is now"));
        said.add(text.toString());
      }
    }
    return trusted;
  }

  private static Kpi kpi(Workspace ws, String id) {
    Kpi kpi = KpiNamed.in(ws, id);
    if (kpi.source() == null) {
      throw new UsageException("KPI `" + id + "` names no `source:`; there is nothing to allow");
    }
    return kpi;
  }

  /** Every source of the workspace, and whether it may run. */
  private int list(Workspace ws, TrustedSources trusted) {
    List<Kpi> sourced = ws.kpis().stream().filter(k -> k.source() != null).toList();
    if (sourced.isEmpty()) {
      ctx.out().println("No KPI names a `source:`.");
      return ExitCode.OK;
    }
    for (Kpi kpi : sourced) {
      String state;
      if (!kpi.source().runs()) {
        state = "reads a file";
      } else {
        TrustedSources.Verdict verdict = trusted.verdict(ws.root(), kpi.id(), kpi.source());
        state =
            switch (verdict.state()) {
              case ALLOWED -> "allowed";
              case CHANGED ->
                  "changed since allowed"
                      + (verdict.changedFiles().isEmpty()
                          ? ""
                          : " (" + String.join(", ", verdict.changedFiles()) + ")");
              case NOT_ALLOWED -> "not allowed";
            };
      }
      ctx.out()
          .println(TerminalText.sanitize(kpi.id() + "  " + state + "  " + kpi.source().describe()));
    }
    return ExitCode.OK;
  }
}
