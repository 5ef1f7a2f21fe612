package okr.cli;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import okr.model.Objective;
import okr.model.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The completion scripts' source of ids, read live from the workspace: hidden, quiet, and it never
 * fails loudly, since a shell is waiting on it.
 */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description = "refs, objectives, krs, kpis, goals, periods, owners, teams")
  String what;

  CompleteCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Workspace ws;
    try {
      ws = WorkspaceAccess.load(ctx, parent.global()).workspace();
    } catch (RuntimeException e) {
      return ExitCode.OK;
    }
    Set<String> words = new TreeSet<>();
    for (Objective o : ws.objectives()) {
      if (what.equals("refs") || what.equals("objectives")) {
        words.add(o.id());
      }
      if (what.equals("refs") || what.equals("krs")) {
        o.keyResults().forEach(kr -> words.add(o.id() + "/" + kr.id()));
      }
      if (what.equals("refs")) {
        o.initiatives().stream()
            .filter(i -> i.id() != null)
            .forEach(i -> words.add(okr.model.Ref.of(o.id(), i.id()).toString()));
      }
      if (what.equals("periods") && o.period() != null) {
        words.add(o.period());
      }
      if (what.equals("owners") && o.header().owner() != null) {
        words.add(o.header().owner());
      }
      if (what.equals("teams") && o.header().team() != null) {
        words.add(o.header().team());
      }
    }
    if (what.equals("refs") || what.equals("kpis")) {
      ws.kpis().forEach(k -> words.add(k.id()));
    }
    if (what.equals("refs") || what.equals("goals")) {
      ws.goals().forEach(g -> words.add(g.id()));
    }
    if (what.equals("periods")) {
      words.addAll(ws.settings().periods().keySet());
    }
    words.removeIf(
        w ->
            w == null
                || w.isBlank()
                || w.chars().anyMatch(c -> c < 0x20 || Character.isWhitespace(c)));
    words.forEach(ctx.out()::println);
    return ExitCode.OK;
  }
}
