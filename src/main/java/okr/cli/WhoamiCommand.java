package okr.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okr.model.Diagnostic;
import okr.render.DiagnosticText;
import okr.render.PathDisplay;
import okr.render.Style;
import okr.render.TerminalText;
import okr.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "whoami",
    mixinStandardHelpOptions = true,
    header = "Print who okr takes you for, and where that came from.",
    description = {
      "The name okr writes as `by:` in every entry and means by --mine. The first of these",
      "that names someone wins: --by (on commands that have it), OKR_USER, `me:` in",
      "~/.config/okr/config.yaml ($XDG_CONFIG_HOME/okr/config.yaml), `me:` in the personal",
      "workspace's okr.yaml, git user.email or user.name listed under `people:` in okr.yaml,",
      "git user.name, the login name (USER, LOGNAME), and last \"me\". A name that is a key,",
      "name or email under `people:` is written as that person's key."
    })
final class WhoamiCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  WhoamiCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    LoadResult loaded = WorkspaceAccess.load(ctx, parent.global());
    Identity.Resolved me =
        Identity.resolve(ctx, loaded.workspace().settings(), loaded.workspace().root(), null);
    // A `me:` left in a shared okr.yaml is the likeliest reason someone asks: say it is ignored.
    List<Diagnostic> sharedMe =
        loaded.problems().stream().filter(d -> d.rule().equals("shared-me")).toList();
    if (!sharedMe.isEmpty()) {
      Style style = parent.global().colour(ctx) ? Style.coloured() : Style.plain();
      new DiagnosticText(new PathDisplay(ctx.cwd()), loaded::line, style)
          .print(sharedMe, ctx.err());
    }
    if (format == Format.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("format", 1);
      doc.put("kind", "whoami");
      doc.put("name", me.name());
      doc.put("source", me.source().key);
      doc.put("value", me.value());
      doc.put("mapped", me.mapped());
      ctx.out().println(okr.render.JsonText.pretty(doc));
    } else {
      ctx.out().println(TerminalText.sanitize(me.describe()));
    }
    return ExitCode.OK;
  }
}
