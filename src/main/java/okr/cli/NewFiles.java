package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okr.check.Checker;
import okr.model.Diagnostic;
import okr.model.Severity;
import okr.model.Workspace;
import okr.render.DiagnosticText;
import okr.render.PathDisplay;
import okr.render.Style;
import okr.store.AtomicFiles;
import okr.store.LoadResult;
import okr.store.WorkspaceLoader;

/**
 * Writing a new goal file: pick a free id and path, check the file together with the whole
 * workspace exactly as `okr check` would, and create it, never overwriting anything.
 */
final class NewFiles {

  private NewFiles() {}

  /**
   * Starts a new file with the YAML language server's modeline when the workspace has the schema
   * okr init writes, so editors complete and check its keys.
   */
  static String withModeline(Workspace ws, Path path, String text) {
    Path schema = ws.root().resolve(InitCommand.SCHEMA_FILE);
    if (!java.nio.file.Files.isRegularFile(schema)) {
      return text;
    }
    String relative =
        path.toAbsolutePath()
            .getParent()
            .relativize(schema.toAbsolutePath())
            .toString()
            .replace('\\', '/');
    return "# yaml-language-server: $schema=" + relative + "\n" + text;
  }

  /** A wizard that builds an entity, or returns null when the person declined at the end. */
  interface WizardSteps<T> {
    T ask(Wizard wizard) throws okr.prompt.Abandoned;
  }

  /**
   * Runs a wizard at the terminal; without one, fails naming {@code flagsHint}. Returns null when
   * nothing is to be written (declined or abandoned, the exit code then in {@code exit}).
   */
  static <T> T runWizard(Context ctx, String flagsHint, WizardSteps<T> steps, int[] exit) {
    if (!ctx.terminal()) {
      throw new UsageException("no terminal for the wizard: pass " + flagsHint);
    }
    try (okr.prompt.Prompter prompter = ctx.prompter()) {
      T result = steps.ask(new Wizard(prompter));
      exit[0] = ExitCode.OK;
      return result;
    } catch (okr.prompt.Abandoned e) {
      ctx.err().println("okr: abandoned; nothing was written");
      exit[0] = ExitCode.INTERRUPTED;
      return null;
    }
  }

  /** Shows the file a wizard made and asks whether to create it. */
  static boolean confirmFile(Wizard w, String text) throws okr.prompt.Abandoned {
    w.say("");
    for (String line : text.split("\n")) {
      w.say("  " + okr.render.TerminalText.sanitize(line));
    }
    return w.confirm("Create it?");
  }

  /** A slug from a title that no entity of the workspace uses yet: grow, grow-2, grow-3… */
  static String freeId(Workspace ws, String title) {
    Set<String> taken = new HashSet<>();
    ws.objectives().forEach(o -> taken.add(o.id()));
    ws.kpis().forEach(k -> taken.add(k.id()));
    ws.goals().forEach(g -> taken.add(g.id()));
    String base = okr.store.Slugs.of(title);
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** Where a new file goes: {@code --file} if given, else {@code FOLDER/ID.yaml}. */
  static Path path(Workspace ws, Context ctx, String file, String folder, String id) {
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new UsageException(
          "--id "
              + okr.render.TerminalText.sanitize(id)
              + ": ids are lowercase letters, digits and dashes");
    }
    if (id.matches("(con|prn|aux|nul|com[1-9]|lpt[1-9])")) {
      throw new UsageException(
          "--id "
              + id
              + ": reserved as a device name on Windows, so no file can carry it; choose another");
    }
    if (file != null) {
      return ctx.cwd().resolve(file).normalize();
    }
    return ws.root().resolve(folder).resolve(id + ".yaml");
  }

  /**
   * Checks {@code text} as the file {@code path} among all the others, then creates it. Returns the
   * exit code; on errors, prints them and writes nothing.
   */
  static int create(Context ctx, GlobalOptions global, Workspace ws, Path path, String text)
      throws IOException {
    // Under the lock and on a fresh reading: the id and the path must be free now, not only when
    // the workspace was first read (another `okr new` or `okr mv` may have taken them).
    return Writing.locked(ctx, global, fresh -> createLocked(ctx, global, ws, path, text));
  }

  private static int createLocked(
      Context ctx, GlobalOptions global, Workspace ws, Path path, String text) throws IOException {
    PathDisplay paths = new PathDisplay(ctx.cwd());
    if (java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      ctx.err()
          .println(
              "okr: "
                  + paths.show(path)
                  + " already exists; choose another --id or --file (nothing was written)");
      return ExitCode.USAGE;
    }
    text = withModeline(ws, path, text);
    LoadResult planned = WorkspaceLoader.withPlannedFiles(ws.root(), Map.of(path, text));
    List<Diagnostic> problems = new ArrayList<>();
    for (Diagnostic d : planned.problems()) {
      if (d.span().file().equals(path)) {
        problems.add(d);
      }
    }
    for (Diagnostic d : Checker.check(planned.workspace(), global.today(ctx))) {
      if (d.span().file() != null && d.span().file().equals(path)) {
        problems.add(d);
      }
    }
    if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      Style style = global.colour(ctx) ? Style.coloured() : Style.plain();
      new DiagnosticText(paths, planned::line, style).print(problems, ctx.err());
      ctx.err().println("okr: the new file would not pass okr check; nothing was written");
      return ExitCode.PROBLEMS;
    }
    try {
      AtomicFiles.create(path, text.getBytes(StandardCharsets.UTF_8));
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    } catch (FileAlreadyExistsException e) {
      ctx.err()
          .println(
              "okr: "
                  + paths.show(path)
                  + " already exists; choose another --id or --file (nothing was overwritten)");
      return ExitCode.USAGE;
    }
    ctx.out().println("Created " + paths.show(path) + ".");
    return ExitCode.OK;
  }
}
