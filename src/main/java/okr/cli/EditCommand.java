package okr.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import okr.model.Diagnostic;
import okr.render.DiagnosticText;
import okr.render.PathDisplay;
import okr.render.Style;
import okr.render.TerminalText;
import okr.store.EditCopy;
import okr.store.EditLeftovers;
import okr.store.LoadResult;
import okr.store.WorkspaceLoader;
import okr.store.WorkspaceLocator;
import okr.store.WorkspaceWrite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    header = "Edit an objective, key result, KPI or goal in your editor, checked on save.",
    description = {
      "Opens the goal file that holds REF in $VISUAL, else $EDITOR (OKR_EDITOR first; vi when",
      "none is set), at REF's line. The editor works on a copy in .okr/edit/; when it exits,",
      "the copy is checked as `okr check` would check it among all the other files, and only",
      "a copy without errors replaces the goal file, atomically and under the workspace lock.",
      "",
      "With errors, okr prints them and asks: edit again, keep the text in .okr/rescued/, or",
      "discard it. Without a terminal it keeps the text there and exits 1. The text is kept,",
      "too, when the editor fails or the file changed on disk during the edit: nothing you",
      "typed is lost.",
      "",
      "REF may also be the path of a goal file, to mend one okr cannot read."
    })
final class EditCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      paramLabel = "REF",
      description = "What to edit: objective, objective/kr, KPI or goal id, or a goal file.")
  String ref;

  EditCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** What became of one round of editing. */
  private sealed interface Outcome {
    record Applied(List<Diagnostic> shown, LoadResult after) implements Outcome {}

    record ChangedOnDisk() implements Outcome {}

    record Refused(List<Diagnostic> problems, LoadResult after) implements Outcome {}
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    WorkspaceLocator.Location location =
        WorkspaceLocator.locate(ctx.cwd(), global.directory(), ctx.env());
    LoadResult loaded = WorkspaceAccess.load(ctx, global);
    GoalRefs.Place place =
        GoalRefs.place(loaded.workspace(), ref)
            .or(() -> goalFile(loaded))
            .orElseThrow(() -> GoalRefs.notFound(loaded.workspace(), ref));
    PathDisplay paths = new PathDisplay(ctx.cwd());
    String shown = TerminalText.sanitize(paths.show(place.file()));
    for (Path kept :
        EditLeftovers.clear(location.root(), loaded.files(), java.time.Instant.now())) {
      ctx.err()
          .println(
              "okr: an earlier edit, ended before okr could apply it, left its text; kept in "
                  + TerminalText.sanitize(paths.show(kept)));
    }
    EditCopy copy = EditCopy.of(location.root(), place.file());
    try {
      return edit(global, location, place, copy, paths, shown);
    } catch (IOException | RuntimeException e) {
      // Whatever went wrong, what was typed is not left unannounced in .okr/edit/.
      if (copy.changed()) {
        kept(copy, "", ExitCode.IO_OR_INTERNAL);
      } else {
        copy.discard();
      }
      throw e;
    }
  }

  private int edit(
      GlobalOptions global,
      WorkspaceLocator.Location location,
      GoalRefs.Place place,
      EditCopy copy,
      PathDisplay paths,
      String shown)
      throws IOException {
    Editor editor = Editor.of(ctx);
    int line = place.line();
    while (true) {
      int status;
      try {
        status = editor.edit(ctx, copy.copy(), line);
      } catch (IOException e) {
        return notApplied(
            copy,
            "cannot run the editor `"
                + TerminalText.sanitize(editor.command())
                + "`: "
                + TerminalText.sanitize(Editor.whyNot(e))
                + "; set VISUAL or EDITOR",
            ExitCode.IO_OR_INTERNAL);
      }
      if (status != 0) {
        return notApplied(
            copy,
            "the editor `"
                + TerminalText.sanitize(editor.program())
                + "` exited with status "
                + status,
            ExitCode.PROBLEMS);
      }
      java.util.Optional<String> nonFile = copy.nonFile();
      if (nonFile.isPresent()) {
        ctx.err()
            .println(
                "okr: the editor left "
                    + nonFile.get()
                    + " at "
                    + TerminalText.sanitize(paths.show(copy.copy()))
                    + ", not a file; nothing was applied to "
                    + shown);
        return ExitCode.PROBLEMS;
      }
      if (!copy.changed()) {
        copy.discard();
        ctx.out().println("No changes to " + shown + ".");
        return ExitCode.OK;
      }
      Outcome outcome;
      try {
        outcome = check(location, copy, global.today(ctx));
      } catch (okr.store.WriteFailed e) {
        WriteFailure.report(ctx, e);
        return kept(copy, "", ExitCode.IO_OR_INTERNAL);
      } catch (IOException e) {
        if (WriteFailure.isLockTimeout(e)) {
          WriteFailure.lockTimeout(ctx);
          return kept(copy, "", ExitCode.IO_OR_INTERNAL);
        }
        throw e;
      }
      Style style = global.colour(ctx) ? Style.coloured() : Style.plain();
      if (outcome instanceof Outcome.Applied applied) {
        // Warnings the edit brought are worth a look now; they never block.
        new DiagnosticText(paths, applied.after()::line, style).print(applied.shown(), ctx.err());
        ctx.out().println("Updated " + shown + ".");
        return ExitCode.OK;
      }
      if (outcome instanceof Outcome.ChangedOnDisk) {
        return kept(
            copy,
            shown + " changed on disk while you edited it (another okr or editor wrote it); ",
            ExitCode.PROBLEMS);
      }
      Outcome.Refused refused = (Outcome.Refused) outcome;
      new DiagnosticText(paths, refused.after()::line, style).print(refused.problems(), ctx.err());
      long errors =
          refused.problems().stream().filter(d -> d.severity() == okr.model.Severity.ERROR).count();
      ctx.err()
          .println(
              "okr: the edit of "
                  + shown
                  + " would not pass okr check ("
                  + errors
                  + (errors == 1 ? " error)" : " errors)"));
      if (!ctx.terminal()) {
        return kept(copy, "", ExitCode.PROBLEMS);
      }
      char choice;
      try {
        choice = ask(copy, paths);
      } catch (okr.prompt.Abandoned e) {
        return kept(copy, "", ExitCode.INTERRUPTED);
      }
      if (choice == 'k') {
        return kept(copy, "", ExitCode.PROBLEMS);
      }
      if (choice == 'd') {
        copy.discard();
        ctx.err().println("okr: discarded; nothing was written");
        return ExitCode.PROBLEMS;
      }
      int errorLine = EditCheck.firstErrorLine(refused.problems(), place.file());
      line = errorLine > 0 ? errorLine : line;
    }
  }

  /**
   * Under the workspace lock: the goal file must be as it was when the edit began, and the edited
   * text must pass the check among the files as they are now; then it replaces the goal file.
   */
  private static Outcome check(
      WorkspaceLocator.Location location, EditCopy copy, java.time.LocalDate today)
      throws IOException {
    byte[] text = copy.edited();
    return WorkspaceWrite.run(
        location,
        fresh -> {
          if (!copy.untouchedOnDisk()) {
            return new Outcome.ChangedOnDisk();
          }
          LoadResult after = WorkspaceLoader.withEditedFile(location, copy.file(), text);
          List<Diagnostic> problems = EditCheck.problems(fresh, after, copy.file(), today);
          if (EditCheck.blocks(problems)) {
            return new Outcome.Refused(problems, after);
          }
          copy.apply(text);
          return new Outcome.Applied(problems, after);
        });
  }

  /** "(e)dit again, (k)eep as PATH, (d)iscard?"; Enter edits again. */
  private char ask(EditCopy copy, PathDisplay paths) throws IOException, okr.prompt.Abandoned {
    String question =
        "(e)dit again, (k)eep as "
            + TerminalText.sanitize(paths.show(copy.rescuePath()))
            + ", (d)iscard? [e] ";
    try (okr.prompt.Prompter prompter = ctx.prompter()) {
      String answer =
          prompter.askUntil(
              question,
              a ->
                  a.strip().toLowerCase(Locale.ROOT).matches("|e|edit|k|keep|d|discard")
                      ? null
                      : "  answer e, k or d");
      String word = answer.strip().toLowerCase(Locale.ROOT);
      return word.isEmpty() ? 'e' : word.charAt(0);
    }
  }

  /** The editor failed: nothing is applied, and text that was changed is kept. */
  private int notApplied(EditCopy copy, String reason, int exit) throws IOException {
    if (copy.changed()) {
      return kept(copy, reason + "; ", exit);
    }
    copy.discard();
    ctx.err().println("okr: " + reason + "; nothing was written");
    return exit;
  }

  /** Moves the text to a rescue file and says where. */
  private int kept(EditCopy copy, String why, int exit) throws IOException {
    Path rescued = copy.rescue();
    ctx.err()
        .println(
            "okr: "
                + why
                + "nothing was written; your text is kept in "
                + TerminalText.sanitize(new PathDisplay(ctx.cwd()).show(rescued)));
    return exit;
  }

  /** REF as the path of one of the workspace's goal files, read or not, at its first line. */
  private java.util.Optional<GoalRefs.Place> goalFile(LoadResult loaded) {
    Path path;
    try {
      path = ctx.cwd().resolve(ref).normalize();
    } catch (java.nio.file.InvalidPathException notAPath) {
      return java.util.Optional.empty();
    }
    if (!Files.isRegularFile(path)) {
      return java.util.Optional.empty();
    }
    for (Path file : loaded.files()) {
      try {
        if (Files.isSameFile(file, path)
            && !file.getFileName().toString().equals(WorkspaceLocator.SETTINGS_FILE)
            && !file.startsWith(loaded.workspace().root().resolve(WorkspaceLoader.JOURNAL_DIR))) {
          return java.util.Optional.of(new GoalRefs.Place(file, 1));
        }
      } catch (IOException e) {
        // cannot compare: not this one
      }
    }
    return java.util.Optional.empty();
  }
}
