package okr.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.check.Checker;
import okr.model.Diagnostic;
import okr.model.Severity;
import okr.render.PathDisplay;
import okr.render.TerminalText;
import okr.store.LoadResult;
import okr.store.WorkspaceLocator;
import okr.store.WorkspaceWrite;

/**
 * How every command that writes reads the workspace. A workspace with errors (anything `okr check`
 * calls an error, from a file that does not parse to an empty id or a duplicate) is not written to:
 * what a command would write is computed from that reading, and history built on a misread file (a
 * grade of `objective: null`, a rename to an id already taken) cannot be taken back. Warnings do
 * not block. The checks a write depends on, and the write itself, run under the workspace lock on a
 * fresh reading ({@link #locked}), so two commands never both pass a check only one may pass.
 */
final class Writing {

  /** Thrown when the workspace has errors; {@link OkrCli} prints it and exits 1. */
  static final class Blocked extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic first;
    final long errors;

    Blocked(Diagnostic first, long errors) {
      super(first.message());
      this.first = first;
      this.errors = errors;
    }

    /** Two lines: the first error with its place and rule, then what to do. */
    List<String> lines(Context ctx) {
      PathDisplay paths = new PathDisplay(ctx.cwd());
      String place =
          first.span() == null || first.span().file() == null
              ? ""
              : paths.show(first.span().file())
                  + ":"
                  + first.span().line()
                  + ":"
                  + first.span().column()
                  + ": ";
      return List.of(
          "okr: "
              + place
              + "error["
              + first.rule()
              + "]: "
              + TerminalText.sanitize(first.message()),
          "okr: the workspace has "
              + errors
              + (errors == 1 ? " error" : " errors")
              + "; nothing was written. `okr check` shows "
              + (errors == 1 ? "it" : "them all")
              + "; fix "
              + (errors == 1 ? "it" : "them")
              + " and run the command again");
    }
  }

  /** What a command does with the workspace as read under the lock. */
  interface Body<T> {
    T run(LoadResult fresh) throws IOException;
  }

  private Writing() {}

  /** The workspace for a command that will write: refused (exit 1) when it has errors. */
  static LoadResult load(Context ctx, GlobalOptions global) {
    LoadResult loaded = WorkspaceAccess.load(ctx, global);
    requireClean(loaded, global.today(ctx));
    return loaded;
  }

  /**
   * Takes the workspace lock, reads the workspace again, refuses when it now has errors, and runs
   * {@code body} on that reading; the lock is held until {@code body} returns, so the checks it
   * makes still hold when it writes.
   */
  static <T> T locked(Context ctx, GlobalOptions global, Body<T> body) throws IOException {
    WorkspaceLocator.Location location =
        WorkspaceLocator.locate(ctx.cwd(), global.directory(), ctx.env());
    LocalDate today = global.today(ctx);
    return WorkspaceWrite.run(
        location,
        fresh -> {
          requireClean(fresh, today);
          return body.run(fresh);
        });
  }

  /**
   * Appends journal entries under the lock, after checking on a fresh reading that the workspace
   * has no errors, that what each entry is about still exists (another okr may have renamed or
   * removed it since), and that each retracted entry still counts (another undo may have taken it
   * back).
   */
  static List<java.nio.file.Path> append(
      Context ctx, GlobalOptions global, List<? extends okr.store.JournalText> entries)
      throws IOException {
    return append(ctx, global, ws -> entries);
  }

  /**
   * Appends what {@code plan} makes of the workspace as read under the lock (e.g. only what it does
   * not hold yet); nothing is written when the plan is empty.
   */
  static List<java.nio.file.Path> append(
      Context ctx,
      GlobalOptions global,
      java.util.function.Function<okr.model.Workspace, List<? extends okr.store.JournalText>> plan)
      throws IOException {
    return locked(
        ctx,
        global,
        fresh -> {
          okr.model.Workspace ws = fresh.workspace();
          List<? extends okr.store.JournalText> entries = plan.apply(ws);
          if (entries.isEmpty()) {
            return List.of();
          }
          for (okr.store.JournalText entry : entries) {
            okr.store.NewEntry made =
                entry instanceof okr.store.PulledMeasurement p
                    ? p.entry()
                    : entry instanceof okr.store.NewEntry n ? n : null;
            if (made != null && !exists(ws, made.kind(), made.ref())) {
              throw new UsageException(
                  made.kind().key()
                      + " "
                      + TerminalText.sanitize(made.ref())
                      + " no longer exists (another okr renamed or removed it); nothing was"
                      + " written");
            }
            if (entry instanceof okr.store.NewRetraction r
                && ws.journal().stream().noneMatch(j -> r.retracts().equals(j.id()))) {
              throw new UsageException(
                  "entry "
                      + TerminalText.sanitize(r.retracts())
                      + " was taken back by another okr meanwhile; nothing was written");
            }
          }
          return okr.store.JournalWriter.append(ws.root(), entries);
        });
  }

  /**
   * Appends measurements and says where: {@code Recorded 2 measurements in checkins/...}; a refused
   * write is reported and its exit code returned.
   */
  static int measurements(
      Context ctx, GlobalOptions global, List<? extends okr.store.JournalText> entries)
      throws IOException {
    return measurements(ctx, global, ws -> entries);
  }

  /**
   * Appends what {@code plan} makes of the workspace read under the lock, and says where, or that
   * another okr recorded it all meanwhile.
   */
  static int measurements(
      Context ctx,
      GlobalOptions global,
      java.util.function.Function<okr.model.Workspace, List<? extends okr.store.JournalText>> plan)
      throws IOException {
    List<java.nio.file.Path> files;
    List<okr.store.JournalText> entries = new ArrayList<>();
    try {
      files =
          append(
              ctx,
              global,
              ws -> {
                entries.clear();
                entries.addAll(plan.apply(ws));
                return entries;
              });
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    }
    if (entries.isEmpty()) {
      ctx.out().println("Nothing recorded: another okr recorded the same values meanwhile.");
      return ExitCode.OK;
    }
    okr.render.PathDisplay paths = new okr.render.PathDisplay(ctx.cwd());
    List<String> shown = new ArrayList<>();
    files.forEach(f -> shown.add(paths.show(f)));
    ctx.out()
        .println(
            "Recorded "
                + entries.size()
                + (entries.size() == 1 ? " measurement" : " measurements")
                + " in "
                + TerminalText.sanitize(String.join(", ", shown))
                + ".");
    return ExitCode.OK;
  }

  private static boolean exists(okr.model.Workspace ws, okr.model.EntryKind kind, String ref) {
    return switch (kind) {
      case KPI -> ws.kpi(ref).isPresent();
      case GOAL -> ws.goal(ref).isPresent();
      case OBJECTIVE -> ws.objective(ref).isPresent();
      case KR, INITIATIVE -> {
        okr.model.Ref parsed = okr.model.Ref.parse(ref);
        yield parsed.isKeyResult()
            && ws.objective(parsed.objective())
                .map(
                    o ->
                        kind == okr.model.EntryKind.KR
                            ? o.keyResult(parsed.keyResult()).isPresent()
                            : o.initiative(parsed.keyResult()).isPresent())
                .orElse(false);
      }
    };
  }

  /** Refuses a workspace with errors, naming the first. */
  static void requireClean(LoadResult loaded, LocalDate today) {
    refuseErrors(loaded, Checker.check(loaded.workspace(), today));
  }

  /** Whether reading the workspace met errors (then its rules need not run apart). */
  static boolean unreadable(LoadResult loaded) {
    return loaded.problems().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Refuses a workspace when reading it or its rules ({@code findings}) found errors. */
  static void refuseErrors(LoadResult loaded, List<Diagnostic> findings) {
    List<Diagnostic> errors = new ArrayList<>();
    for (Diagnostic d : loaded.problems()) {
      if (d.severity() == Severity.ERROR) {
        errors.add(d);
      }
    }
    for (Diagnostic d : findings) {
      if (d.severity() == Severity.ERROR) {
        errors.add(d);
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(Diagnostic.BY_PLACE);
      throw new Blocked(errors.get(0), errors.size());
    }
  }
}
