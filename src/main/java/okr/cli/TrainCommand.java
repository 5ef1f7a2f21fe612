package okr.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import okr.store.WorkspaceCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code okr __train views|prompts}: the training runs the launcher starts in the background, once
 * per Java version and build, to make its two class-data archives. {@code views} runs every view,
 * the checks, a report and the help; {@code prompts} runs a check-in and a new objective at a
 * scripted terminal, abandoned at their first question. Both work on a copy of the Maratona example
 * in a temporary folder, print nothing and write nothing else. Two archives, because the JDK 25 AOT
 * cache loads all it holds at start: JLine's classes in it slowed every `okr status` by 17%; and
 * one archive made from whatever command ran first left check-ins 40% slower when that was not a
 * check-in.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand implements Callable<Integer> {

  /** Which commands a training run goes through; each set has an archive of its own. */
  enum TrainingSet {
    views,
    prompts
  }

  @Parameters(paramLabel = "SET", description = "views or prompts", defaultValue = "views")
  TrainingSet set;

  /** The files of examples/maratona, which the build puts into the jar under okr/training. */
  static final List<String> FILES =
      List.of(
          "okr.yaml",
          "objectives/maratona.yaml",
          "objectives/train.yaml",
          "kpis/weekly-climb.yaml",
          "kpis/resting-hr.yaml",
          "kpis/finish-time.yaml",
          "kpis/long-ride-pace.yaml",
          "checkins/2026-07.yaml",
          "checkins/2026-08.yaml",
          "checkins/2026-09.yaml");

  private static final String TODAY = "2026-09-22";

  private static final List<List<String>> VIEWS =
      List.of(
          List.of("status"),
          List.of("status", "--color", "always", "--width", "100"),
          List.of("status", "--format", "json"),
          List.of("tree", "--kpis"),
          List.of("show", "maratona"),
          List.of("show", "maratona/climb"),
          List.of("goals", "--smart"),
          List.of("kpis", "--pairs"),
          List.of("kpis", "--format", "csv"),
          List.of("log"),
          List.of("digest"),
          List.of("check"),
          List.of("check", "--format", "sarif"),
          List.of("report", "--format", "html"),
          List.of("help", "checkin"));

  /**
   * The prompts' runs, each with who "me" is coming from a different place: as a person at a
   * terminal sets none of OKR_USER, the check-in finds "me" in the personal config or asks git, on
   * a thread of its own; classes and lambdas no training run loaded are read and spun on the way to
   * the first question (bench/README.md, "first question").
   */
  private enum Me {
    OKR_USER,
    PERSONAL_CONFIG,
    GIT
  }

  private record PromptRun(Me me, List<String> args) {}

  private static final List<PromptRun> PROMPTS =
      List.of(
          new PromptRun(Me.PERSONAL_CONFIG, List.of("checkin")),
          // With a REF (its key results, in their order): git knows no one in the training's
          // empty home, so USER names glen.
          new PromptRun(Me.GIT, List.of("checkin", "maratona")),
          new PromptRun(Me.OKR_USER, List.of("new", "objective")));

  private final Context ctx;

  TrainCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    Path ws = Files.createTempDirectory("okr-training");
    // The cache of parsed files in a folder of its own, gone with the copy: the first view reads
    // the files cold and the rest warm, so both paths are in the archive, and the person's cache
    // never keeps the copy's files.
    Path cache = Files.createTempDirectory("okr-training-cache");
    try {
      copyExample(ws);
      withPeopleAndScoring(ws.resolve("okr.yaml"));
      // Only this folder: never the workspace OKR_DIR names, nor the person's own.
      Map<String, String> env = new HashMap<>(ctx.env());
      env.remove("OKR_DIR");
      env.remove("OKR_TODAY");
      env.remove(WorkspaceCache.OFF_VARIABLE);
      // Git's own variables name the person's repository and settings (GIT_DIR in a hook or a
      // `rebase -x`, GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT...): the training's git runs with
      // none of them, so that it reads nothing of the person's.
      env.keySet().removeIf(name -> name.startsWith("GIT_"));
      env.put("XDG_CACHE_HOME", cache.toString());
      // The example's owner, so the check-in walks his key results whoever trains; and the
      // person's own settings file is never read.
      env.put("OKR_USER", "glen");
      boolean failed = false;
      if (set == TrainingSet.prompts) {
        // At a scripted terminal: Ctrl-C at the first question.
        for (PromptRun prompt : PROMPTS) {
          byte[] ctrlC = "\u0003".getBytes(StandardCharsets.UTF_8);
          failed |=
              run(
                      ws,
                      as(prompt.me(), env, cache),
                      new ByteArrayInputStream(ctrlC),
                      true,
                      prompt.args())
                  != ExitCode.INTERRUPTED;
        }
        rehearseSystemTerminal();
      } else {
        for (List<String> view : VIEWS) {
          int code = run(ws, env, InputStream.nullInputStream(), false, view);
          failed |= code == ExitCode.USAGE || code == ExitCode.IO_OR_INTERNAL;
        }
      }
      // A command line that no longer parses would leave its classes out of the archive unseen.
      if (failed) {
        return ExitCode.IO_OR_INTERNAL;
      }
      return ExitCode.OK;
    } finally {
      delete(ws);
      delete(cache);
    }
  }

  /**
   * {@code env} with "me" named by {@code me}'s source. The personal config and git's home are
   * folders of the training's own (under its cache folder), so the person's are never read.
   */
  private static Map<String, String> as(Me me, Map<String, String> env, Path folder)
      throws IOException {
    Map<String, String> as = new HashMap<>(env);
    Path home = folder.resolve("home");
    Files.createDirectories(home);
    as.put("HOME", home.toString());
    as.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    as.put("GIT_CONFIG_NOSYSTEM", "1");
    as.remove("GIT_CONFIG_GLOBAL");
    if (me != Me.OKR_USER) {
      as.remove("OKR_USER");
    }
    if (me == Me.PERSONAL_CONFIG) {
      Path config = home.resolve("config").resolve("okr").resolve("config.yaml");
      Files.createDirectories(config.getParent());
      Files.writeString(config, "me: glen\n", StandardCharsets.UTF_8);
    } else {
      Files.deleteIfExists(home.resolve("config").resolve("okr").resolve("config.yaml"));
    }
    if (me == Me.GIT) {
      as.put("USER", "glen");
    }
    return as;
  }

  /**
   * What a check-in does at the system terminal that the scripted runs above do not: Ctrl-C's
   * handler, the width asked of {@code stty} (which fails on the training's input, not a terminal),
   * and the first question written before JLine is open ({@link EarlyPrompter}), answered by Ctrl-C
   * once the prompter opened on another thread.
   */
  private static void rehearseSystemTerminal() {
    Interruption.rehearse();
    Thread width = PrompterOpening.askingWidth(new java.util.concurrent.CompletableFuture<>());
    width.start();
    PrintStream nowhere =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    okr.prompt.Prompter scripted =
        okr.prompt.JLinePrompter.over(
            new ByteArrayInputStream("\u0003".getBytes(StandardCharsets.UTF_8)), nowhere);
    java.util.concurrent.CompletableFuture<okr.prompt.Prompter> opening =
        new java.util.concurrent.CompletableFuture<>();
    Interruption interruption = Interruption.none();
    EarlyPrompter.Opening opened =
        new EarlyPrompter.Opening() {
          private boolean started;

          @Override
          public boolean isOpen() {
            return opening.isDone();
          }

          @Override
          public java.util.concurrent.CompletableFuture<okr.prompt.Prompter> opened() {
            if (!started) {
              started = true;
              Meanwhile.completing("okr-open-terminal", opening, () -> scripted).start();
            }
            return opening;
          }

          @Override
          public okr.prompt.Prompter take() {
            return opened().join();
          }

          @Override
          public java.util.OptionalInt plainWidth() {
            return java.util.OptionalInt.of(80);
          }

          @Override
          public Interruption interruption() {
            return interruption;
          }
        };
    try (EarlyPrompter early = new EarlyPrompter(opened, nowhere)) {
      early.say("Check-in");
      early.width();
      early.ask("value (km): ");
    } catch (okr.prompt.Abandoned expected) {
      // Ctrl-C, as scripted
    }
    try {
      // Bounded: a stty that hangs must not hold the training, which runs in the background.
      width.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int run(
      Path ws, Map<String, String> env, InputStream in, boolean terminal, List<String> args) {
    PrintStream nowhere =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Context quiet = new Context(in, nowhere, nowhere, env, ctx.clock(), ws, terminal);
    String[] line =
        Stream.concat(args.stream(), Stream.of("-C", ws.toString(), "--today", TODAY))
            .toArray(String[]::new);
    return OkrCli.execute(quiet, line);
  }

  private static void copyExample(Path ws) throws IOException {
    for (String name : FILES) {
      try (InputStream in = TrainCommand.class.getResourceAsStream("/okr/training/" + name)) {
        if (in == null) {
          throw new IOException("okr/training/" + name + " is missing from the jar");
        }
        Path file = ws.resolve(name);
        Files.createDirectories(file.getParent());
        Files.copy(in, file);
      }
    }
  }

  /**
   * A team workspace's settings, which Maratona (one runner's) has none of: people and the scoring
   * bands (the defaults, so no score changes). A class no training run loaded is read from okr.jar
   * when a command needs it, and the first such class opens the jar and reads its directory: about
   * 15 ms of a warm `okr status` on Acme went to loading {@code People.Person} alone.
   */
  private static void withPeopleAndScoring(Path settings) throws IOException {
    Files.writeString(
        settings,
        "people:\n"
            + "  glen:\n"
            + "    name: Glen Runner\n"
            + "    emails: [glen@maratona.example]\n"
            + "scoring:\n"
            + "  aspirational: {green: 0.7, amber: 0.4}\n"
            + "  committed: {green: 1.0, amber: 0.7}\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
