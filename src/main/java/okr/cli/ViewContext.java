package okr.cli;

import java.time.LocalDate;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.Period;
import okr.model.Severity;
import okr.model.Workspace;
import okr.render.Glyphs;
import okr.render.Style;
import okr.render.ViewStyle;
import okr.scoring.Scorer;
import okr.scoring.Selection;
import okr.store.LoadResult;

/** Everything a view command needs: the workspace, the day, the selection and the style. */
final class ViewContext {

  final Context ctx;
  final LoadResult loaded;
  final Workspace ws;
  final LocalDate today;
  final LocalDate asOf;
  final Scorer scorer;
  final Selection selection;
  final ViewStyle style;

  ViewContext(Context ctx, GlobalOptions global, ViewOptions view) {
    this.ctx = ctx;
    this.today = global.today(ctx);
    this.asOf = view.asOf(today);
    this.loaded = WorkspaceAccess.load(ctx, global);
    this.ws = loaded.workspace();
    this.scorer = new Scorer(ws, asOf);
    String owner = view.owner;
    if (view.mine) {
      if (owner != null) {
        throw new UsageException("--mine and --owner cannot be used together");
      }
      owner = Identity.me(ctx, ws.settings(), ws.root());
    }
    Period period;
    if (view.period != null) {
      period =
          ws.settings()
              .calendar()
              .resolve(view.period)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--period "
                              + view.period
                              + ": not a period; write 2026, 2026-H1, 2026-Q3, 2026-11,"
                              + " 2026-W47 or a name from okr.yaml"));
      this.selection = new Selection(period, owner, view.team, ws.settings().people());
    } else {
      this.selection = Selection.day(asOf, owner, view.team, ws.settings().people());
    }
    boolean colour = global.colour(ctx);
    boolean ascii = global.ascii() || !unicodeLocale(ctx);
    this.style =
        new ViewStyle(
            global.width(ctx), colour ? Style.coloured() : Style.plain(), new Glyphs(ascii));
  }

  /** The period named in the header: --period, else the quarter of the day shown. */
  Period headerPeriod(ViewOptions view) {
    return view.period != null ? selection.period() : ws.settings().calendar().quarterOf(asOf);
  }

  /**
   * Views show what could be read; when the files have errors, say so on stderr and exit 1, so a
   * script never mistakes a partial view for a whole one.
   */
  int finish() {
    return finish(ctx, loaded);
  }

  /** {@link #finish()} for a command that reads the workspace without a view, such as log. */
  static int finish(Context ctx, okr.store.LoadResult loaded) {
    long errors = 0;
    for (Diagnostic d : loaded.problems()) {
      if (d.severity() == Severity.ERROR) {
        errors++;
      }
    }
    if (errors == 0) {
      return ExitCode.OK;
    }
    List<Diagnostic> problems = loaded.problems();
    ctx.err()
        .println(
            "okr: the goal files have "
                + errors
                + (errors == 1 ? " error" : " errors")
                + " (first: "
                + new okr.render.PathDisplay(ctx.cwd()).show(problems.get(0).span().file())
                + "); what they hold is not shown. Run `okr check` for details.");
    return ExitCode.PROBLEMS;
  }

  /** Unicode bars only where the locale says the terminal speaks UTF-8. */
  private static boolean unicodeLocale(Context ctx) {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = ctx.env(name);
      if (value != null) {
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("UTF-8") || upper.contains("UTF8");
      }
    }
    return true;
  }
}
