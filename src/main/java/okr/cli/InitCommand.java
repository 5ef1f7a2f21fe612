package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.PathDisplay;
import okr.store.AtomicFiles;
import okr.store.WorkspaceLoader;
import okr.store.YamlText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    header = "Make a folder an okr workspace.",
    description = {
      "Creates okr.yaml, adds `checkins/**/*.yaml merge=union` to .gitattributes (so check-ins",
      "made in two clones merge without conflicts) and `.okr/` to .gitignore, and in a",
      "terminal offers to create a first objective. Refuses to touch an existing workspace.",
      "okr.yaml is shared: who you are comes from each person's own settings (see okr whoami)."
    })
final class InitCommand implements Callable<Integer> {

  static final String MERGE_RULE = "checkins/**/*.yaml merge=union";
  static final String IGNORE_RULE = ".okr/";
  static final String SCHEMA_FILE = "okr.schema.json";

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "The folder (default: the current one).")
  String dir;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The workspace's name (default: the folder's).")
  String name;

  @Option(names = "--yes", description = "Ask nothing; take the defaults.")
  boolean yes;

  InitCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Path base = global.directory() == null ? ctx.cwd() : ctx.cwd().resolve(global.directory());
    Path root = (dir == null ? base : base.resolve(dir)).toAbsolutePath().normalize();
    PathDisplay paths = new PathDisplay(ctx.cwd());
    if (Files.exists(root.resolve("okr.yaml"))) {
      throw new UsageException(
          paths.show(root.resolve("okr.yaml"))
              + " exists: this is a workspace already; okr init changed nothing");
    }
    if (Files.isDirectory(root)) {
      Writing.requireClean(okr.store.WorkspaceLoader.load(root), global.today(ctx));
    }
    String folderName = root.getFileName() == null ? "okr" : root.getFileName().toString();
    PlatformText platform = PlatformText.of(ctx.env());
    if (name == null && !platform.readable(folderName)) {
      // The name Java decoded is not the folder's: it would be written into okr.yaml wrong.
      throw new UsageException(
          "the folder name \""
              + okr.render.TerminalText.sanitize(folderName)
              + "\" "
              + platform.notUtf8()
              + ", or give the workspace a name with --name; nothing was written");
    }
    boolean ask = ctx.terminal() && !yes;
    try (Prompter prompter = ask ? ctx.prompter() : null) {
      String workspaceName = name;
      if (ask) {
        Wizard w = new Wizard(prompter);
        w.say(
            "A new okr workspace in "
                + (paths.show(root).isEmpty() ? "the current folder" : paths.show(root))
                + ". Enter keeps the value in [brackets].");
        workspaceName = name != null ? name : w.text("Name", folderName);
      }
      List<String> created;
      String chosen = workspaceName != null ? workspaceName : folderName;
      try {
        created =
            Files.isDirectory(root)
                ? okr.store.WorkspaceWrite.run(
                    new okr.store.WorkspaceLocator.Location(root, "init", false),
                    fresh -> {
                      // Checked again under the lock: another init may have just made it.
                      if (Files.exists(root.resolve("okr.yaml"))) {
                        throw new UsageException(
                            paths.show(root.resolve("okr.yaml"))
                                + " exists: this is a workspace already; okr init changed nothing");
                      }
                      // Goal files already here must read cleanly before okr.yaml makes them a
                      // workspace that others will write to.
                      Writing.requireClean(fresh, global.today(ctx));
                      return write(root, chosen);
                    })
                : write(root, chosen);
      } catch (okr.store.WriteFailed e) {
        return WriteFailure.report(ctx, e);
      }
      for (String line : created) {
        say(prompter, line);
      }
      if (ask && prompter.confirm("Create a first objective now?", true)) {
        prompter.close();
        return OkrCli.execute(ctx, "-C", root.toString(), "new", "objective");
      }
      say(
          prompter,
          "Next: okr new objective (a wizard), then okr checkin every week, and okr to see where you stand.");
      return ExitCode.OK;
    } catch (Abandoned e) {
      ctx.err().println("okr: abandoned; nothing was written");
      return ExitCode.INTERRUPTED;
    }
  }

  private void say(Prompter prompter, String line) {
    if (prompter != null) {
      prompter.say(line);
    } else {
      ctx.out().println(line);
    }
  }

  /** Writes the files; returns what was done, one line each. */
  private List<String> write(Path root, String workspaceName) throws IOException {
    PathDisplay paths = new PathDisplay(ctx.cwd());
    List<String> done = new ArrayList<>();
    Files.createDirectories(root);
    String settings =
        "# okr workspace settings; every key is optional. See docs/format.md.\n"
            + "name: "
            + YamlText.text(workspaceName)
            + "\n"
            + "# fiscal_year_start: 1            # the month your fiscal year starts; quarters follow it\n"
            + "# checkin_every: 1w               # a key result with no check-in for longer is stale\n"
            + "# scoring: {green: 0.7, amber: 0.4}\n"
            + "# people:                         # who is who: git emails to the names in owner: and by:\n"
            + "#   dana: {name: Dana Scully, emails: [dana@example.org]}\n";
    AtomicFiles.create(root.resolve("okr.yaml"), settings.getBytes(StandardCharsets.UTF_8));
    done.add("Created " + paths.show(root.resolve("okr.yaml")) + ".");
    AtomicFiles.create(
        root.resolve(SCHEMA_FILE), SchemaCommand.text().getBytes(StandardCharsets.UTF_8));
    done.add(
        "Created "
            + paths.show(root.resolve(SCHEMA_FILE))
            + " (editors use it to complete goal files).");
    done.add(addLine(root.resolve(".gitattributes"), MERGE_RULE, paths));
    done.add(addLine(root.resolve(".gitignore"), IGNORE_RULE, paths));
    Files.createDirectories(root.resolve(WorkspaceLoader.JOURNAL_DIR));
    return done;
  }

  /** Adds a line to a file unless it is there already; existing lines are left as they are. */
  private static String addLine(Path file, String line, PathDisplay paths) throws IOException {
    if (!Files.exists(file)) {
      AtomicFiles.create(file, (line + "\n").getBytes(StandardCharsets.UTF_8));
      return "Created " + paths.show(file) + " with `" + line + "`.";
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.lines().anyMatch(l -> l.strip().equals(line))) {
      return paths.show(file) + " already has `" + line + "`.";
    }
    String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    AtomicFiles.replace(file, (text + separator + line + "\n").getBytes(StandardCharsets.UTF_8));
    return "Added `" + line + "` to " + paths.show(file) + ".";
  }
}
