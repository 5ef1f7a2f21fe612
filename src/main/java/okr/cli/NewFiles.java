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
    try (okr.prompt.Prompter prompter = PrompterOpening.start(ctx).prompter()) {
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
    String base = okr.model.Slugs.of(title);
    String id = base;
    // "Null" would give `id: null`, which YAML reads as no id: such a word is skipped like a taken
    // one
    for (int n = 2; taken.contains(id) || okr.model.Slugs.isYamlWord(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** Where a new file goes: {@code --file} if given, else {@code FOLDER/ID.yaml}. */
  static Path path(Workspace ws, Context ctx, String file, String folder, String id) {
    if (!okr.model.Slugs.isId(id)) {
      throw new UsageException(
          "--id "
              + okr.render.TerminalText.sanitize(id)
              + ": ids are lowercase letters, digits and dashes");
    }
    if (okr.model.Slugs.isYamlWord(id)) {
      throw new UsageException(
          "--id " + id + ": YAML reads `id: " + id + "` as no id; choose another");
    }
    if (isDeviceName(id)) {
      throw new UsageException(
          "--id "
              + id
              + ": reserved as a device name on Windows, so no file can carry it; choose another");
    }
    if (file != null) {
      Path path = ctx.cwd().resolve(file).normalize();
      String refused = refusal(ws, path);
      if (refused != null) {
        throw new UsageException(
            "--file " + okr.render.TerminalText.sanitize(file) + ": " + refused);
      }
      return path;
    }
    return ws.root().resolve(folder).resolve(id + ".yaml");
  }

  /**
   * A name Windows keeps for a device, with or without an extension ({@code con}, {@code
   * LPT1.yaml}, {@code aux.tar.yaml}), and the superscript-digit ports Windows also reserves: such
   * a file cannot be created, opened or deleted there, so a clone on Windows would break.
   */
  static boolean isDeviceName(String name) {
    String stem = name.toLowerCase(java.util.Locale.ROOT);
    int dot = stem.indexOf('.');
    stem = (dot < 0 ? stem : stem.substring(0, dot)).stripTrailing();
    return stem.matches("con|prn|aux|nul|conin\\$|conout\\$|(com|lpt)[0-9\u00B9\u00B2\u00B3]");
  }

  /**
   * Why okr would never read a new goal file at {@code path}, or null when it would: outside the
   * workspace (after following links), in a hidden folder or hidden itself, in the journal, not
   * {@code .yaml}/{@code .yml}, okr.yaml, or named for a Windows device. Writing there would report
   * success for a file no command ever sees.
   */
  static String refusal(Workspace ws, Path path) {
    Path root = ws.root().toAbsolutePath().normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      return "outside the workspace "
          + okr.render.TerminalText.sanitize(root.toString())
          + "; okr reads goal files only inside it";
    }
    Path inside = root.relativize(path);
    for (Path part : inside) {
      String name = part.toString();
      if (name.startsWith(".")) {
        return "okr skips hidden files and folders ("
            + okr.render.TerminalText.sanitize(name)
            + "), so it would never read the file";
      }
      if (isDeviceName(name)) {
        return okr.render.TerminalText.sanitize(name)
            + " is reserved as a device name on Windows, so no file can carry it";
      }
    }
    if (inside.getName(0).toString().equals("checkins")) {
      return "checkins/ holds the journal, not goal files; choose another folder";
    }
    String name = path.getFileName().toString();
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return "goal files end in .yaml (or .yml); okr would never read "
          + okr.render.TerminalText.sanitize(name);
    }
    if (inside.getNameCount() == 1 && (name.equals("okr.yaml") || name.equals("okr.yml"))) {
      return "okr.yaml holds the workspace's settings, not a goal";
    }
    // A folder on the way may be a link out of the workspace, which okr does not follow.
    try {
      Path existing = path.getParent();
      while (existing != null && !java.nio.file.Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null && !existing.toRealPath().startsWith(root.toRealPath())) {
        return "a folder on the way links out of the workspace, and okr does not follow it";
      }
    } catch (IOException e) {
      return "cannot tell where it is: " + okr.store.IoMessages.describe(e);
    }
    return null;
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
    if (refusedByCheck(ctx, global, ws, Map.of(path, text))) {
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

  /**
   * Checks the new {@code files} among all the others exactly as `okr check` would, and prints what
   * it finds in them when anything is an error; returns whether something is.
   */
  static boolean refusedByCheck(
      Context ctx, GlobalOptions global, Workspace ws, Map<Path, String> files) {
    LoadResult planned = WorkspaceLoader.withPlannedFiles(ws.root(), files);
    List<Diagnostic> problems = new ArrayList<>();
    for (Diagnostic d : planned.problems()) {
      if (d.span().file() != null && files.containsKey(d.span().file())) {
        problems.add(d);
      }
    }
    for (Diagnostic d : Checker.check(planned.workspace(), global.today(ctx))) {
      if (d.span().file() != null && files.containsKey(d.span().file())) {
        problems.add(d);
      }
    }
    if (problems.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      return false;
    }
    Style style = global.colour(ctx) ? Style.coloured() : Style.plain();
    new DiagnosticText(new PathDisplay(ctx.cwd()), planned::line, style).print(problems, ctx.err());
    return true;
  }
}
