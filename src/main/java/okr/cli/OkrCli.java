package okr.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import okr.render.TerminalText;
import okr.store.WorkspaceLocator.WorkspaceNotFound;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IHelpSectionRenderer;

/** Builds the picocli command tree and maps failures to exit codes and one-line messages. */
public final class OkrCli {

  private static final String MANUAL = "manual";

  private OkrCli() {}

  public static int execute(Context ctx, String... args) {
    if (ctx.systemTerminal() && CheckinCommand.asksQuestions(args)) {
      PrompterOpening.startEarly(ctx);
    }
    try {
      return run(ctx, args);
    } finally {
      PrompterOpening.endEarly(ctx);
    }
  }

  private static int run(Context ctx, String... args) {
    return run(ctx, true, args);
  }

  /**
   * @param fast whether a plain command line may run without picocli ({@link FastStart}); the tests
   *     run each line both ways
   */
  static int run(Context ctx, boolean fast, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    if (fast) {
      Integer code = FastStart.run(ctx, args, new Reported(ctx, debug));
      if (code != null) {
        ctx.out().flush();
        ctx.err().flush();
        return code;
      }
    }
    CommandLine cli = commandLine(ctx, needed(args));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(ctx, e, debug));
    String[] line = withDefaultCommand(cli, args);
    boolean defaulted = line.length > args.length;
    cli.setParameterExceptionHandler(
        (e, unmatched) -> {
          if (defaulted
              && e instanceof CommandLine.UnmatchedArgumentException u
              && !u.getUnmatched().isEmpty()
              && !u.getUnmatched().get(0).startsWith("-")) {
            // `okr stauts` ran as `okr status stauts`: the word was meant as a command.
            String word = u.getUnmatched().get(0);
            ctx.err()
                .println(
                    "okr: `"
                        + okr.render.TerminalText.sanitize(word)
                        + "` is not an okr command"
                        + okr.model.Suggestions.closest(word, visibleCommands())
                            .map(c -> "; did you mean `okr " + c + "`?")
                            .orElse("; `okr help` lists them"));
            return ExitCode.USAGE;
          }
          ctx.err().println("okr: " + shown(e.getMessage()));
          java.io.StringWriter suggestions = new java.io.StringWriter();
          CommandLine.UnmatchedArgumentException.printSuggestions(
              e, new PrintWriter(suggestions, true));
          suggestions.toString().lines().forEach(l -> ctx.err().println(shown(l)));
          ctx.err().println("Try 'okr " + subcommandPath(e.getCommandLine()) + "--help' for more.");
          return ExitCode.USAGE;
        });
    int code = cli.execute(line);
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  /**
   * {@link #failure} for the fast start: a named class, not a lambda, so that a plain view links no
   * lambda at all (bench/README.md, issue #18: the first lambda sets up java.lang.invoke).
   */
  private record Reported(Context ctx, boolean debug) implements FastStart.Failures {
    @Override
    public int handle(Exception e) {
      return failure(ctx, e, debug);
    }
  }

  /** Reports an exception a command threw, and returns the exit code it means. */
  private static int failure(Context ctx, Exception e, boolean debug) {
    if (e instanceof UsageException || e instanceof WorkspaceNotFound) {
      ctx.err().println("okr: " + shown(e.getMessage()));
      return ExitCode.USAGE;
    }
    if (e instanceof Writing.Blocked blocked) {
      blocked.lines(ctx).forEach(ctx.err()::println);
      return ExitCode.PROBLEMS;
    }
    if (e instanceof okr.render.TreeFormats.TooDeep deep) {
      ctx.err().println("okr: " + TerminalText.sanitize(deep.getMessage()));
      return ExitCode.PROBLEMS;
    }
    if (e instanceof okr.store.TextEdits.Misplaced misplaced) {
      ctx.err()
          .println("okr: " + TerminalText.sanitize(oneLine(misplaced)) + "; nothing was changed");
      return ExitCode.PROBLEMS;
    }
    if (e instanceof okr.store.WriteFailed failed) {
      return WriteFailure.report(ctx, failed);
    }
    if (e instanceof Identity.PersonalConfigInvalid invalid) {
      return personalConfigInvalid(ctx, invalid);
    }
    if (WriteFailure.isLockTimeout(e)) {
      return WriteFailure.lockTimeout(ctx);
    }
    ctx.err().println("okr: internal error: " + shown(oneLine(e)));
    if (debug) {
      e.printStackTrace(ctx.err());
    } else {
      ctx.err().println("okr: run again with --debug for details");
    }
    return ExitCode.IO_OR_INTERNAL;
  }

  /**
   * The commands a command line can reach: the one it names (with `help`, the one help is asked
   * about), or status for a bare `okr`; everything when the top-level help is asked for or nothing
   * is recognised, so that errors can suggest the right name.
   */
  static java.util.Set<String> needed(String[] args) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    boolean help = false;
    for (String arg : args) {
      if (OkrCommand.COMMANDS.containsKey(arg)) {
        names.add(arg);
        if (!arg.equals("help")) {
          break;
        }
      }
      help |= arg.equals("-h") || arg.equals("--help");
    }
    if (names.isEmpty() && help || names.equals(java.util.Set.of("help"))) {
      return OkrCommand.COMMANDS.keySet();
    }
    if (names.isEmpty()) {
      names.add("status");
      if (args.length > 0
          && !args[0].startsWith("-")
          && !OkrCommand.COMMANDS.containsKey(args[0])) {
        return OkrCommand.COMMANDS.keySet();
      }
    }
    return names;
  }

  /** The commands a person types (not the hidden ones completion and training use). */
  private static java.util.List<String> visibleCommands() {
    return OkrCommand.COMMANDS.keySet().stream().filter(c -> !c.startsWith("__")).toList();
  }

  /**
   * A bare {@code okr}, with or without options, runs {@code okr status} with them; help and
   * version requests stay with the top-level command.
   */
  static String[] withDefaultCommand(CommandLine cli, String[] args) {
    java.util.Set<String> commands = OkrCommand.COMMANDS.keySet();
    for (String arg : args) {
      if (commands.contains(arg)
          || arg.equals("-h")
          || arg.equals("--help")
          || arg.equals("-V")
          || arg.equals("--version")) {
        return args;
      }
    }
    String[] withStatus = new String[args.length + 1];
    withStatus[0] = "status";
    System.arraycopy(args, 0, withStatus, 1, args.length);
    return withStatus;
  }

  /** The whole command tree outside any command line run: for the man pages and their tests. */
  static CommandLine detachedTree() {
    return commandLine(
        new Context(
            System.in,
            System.out,
            System.err,
            java.util.Map.of(),
            java.time.Clock.systemUTC(),
            java.nio.file.Path.of("."),
            false));
  }

  /** The whole command tree: for help, completion scripts and man pages. */
  static CommandLine commandLine(Context ctx) {
    return commandLine(ctx, OkrCommand.COMMANDS.keySet());
  }

  /** A command tree holding only the named commands (unknown names are left out). */
  static CommandLine commandLine(Context ctx, java.util.Collection<String> names) {
    IFactory factory = new ContextFactory(ctx);
    CommandLine cli = new CommandLine(new OkrCommand(), factory);
    for (String name : names) {
      Class<?> type = OkrCommand.COMMANDS.get(name);
      if (type != null) {
        cli.addSubcommand(name, new CommandLine(type, factory));
      }
    }
    // picocli's own conversions name Java classes ("cannot convert ... to class
    // java.time.LocalDate (java.time.format.DateTimeParseException ...)") and take numbers in
    // notations the goal files refuse (NaN, Infinity, 0x1p3): dates and numbers are read here.
    cli.registerConverter(java.time.LocalDate.class, OkrCli::date);
    cli.registerConverter(Double.class, OkrCli::number);
    cli.registerConverter(Double.TYPE, OkrCli::number);
    cli.setOut(new PrintWriter(ctx.out(), true));
    cli.setErr(new PrintWriter(ctx.err(), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // --help and `okr help COMMAND` print the command's manual, the text of its man page.
    cli.setHelpSectionKeys(List.of(MANUAL));
    java.util.Map<String, IHelpSectionRenderer> sections = new java.util.HashMap<>();
    sections.put(
        MANUAL,
        help -> TextManual.render(Manual.of(help.commandSpec().commandLine()), helpWidth(ctx)));
    cli.setHelpSectionMap(sections);
    return cli;
  }

  private static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.DateTimeException e) {
      throw new CommandLine.TypeConversionException(
          "`" + text + "` is not a date; write it as YYYY-MM-DD, e.g. 2026-12-31");
    }
  }

  private static Double number(String text) {
    Double value = ValueText.plainNumber(text);
    if (value == null) {
      throw new CommandLine.TypeConversionException(
          "`" + text + "` is not a plain decimal number; write e.g. 42, -1.5 or 2e3");
    }
    return value;
  }

  /** The width the manual is laid out in: the terminal's, but at most 100, for reading. */
  private static int helpWidth(Context ctx) {
    return Math.max(40, Math.min(100, GlobalOptions.terminalColumns(ctx)));
  }

  /** Who "me" is could not be told: the personal settings file has errors. */
  private static int personalConfigInvalid(Context ctx, Identity.PersonalConfigInvalid invalid) {
    okr.render.PathDisplay paths = new okr.render.PathDisplay(ctx.cwd());
    new okr.render.DiagnosticText(paths, invalid.result::line, okr.render.Style.plain())
        .print(invalid.result.problems(), ctx.err());
    ctx.err()
        .println(
            "okr: cannot tell who you are: fix "
                + okr.render.TerminalText.sanitize(
                    Identity.homeRelative(ctx, invalid.result.file()))
                + ", or set OKR_USER; nothing was written");
    return ExitCode.PROBLEMS;
  }

  /**
   * A message as one line a terminal cannot act on. Messages quote what was typed (an option's
   * value, an unknown option, picocli's "Unmatched argument"), and a typed argument may hold ESC,
   * OSC, C1 or bidi characters: every message okr prints goes through the one sanitizer.
   */
  static String shown(String message) {
    return okr.render.TerminalText.sanitize(message);
  }

  private static String subcommandPath(CommandLine commandLine) {
    String path = commandLine.getCommandSpec().qualifiedName(" ");
    return path.equals("okr") ? "" : path.substring("okr ".length()) + " ";
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Gives each command the {@link Context} through its constructor, if it takes one. */
  private record ContextFactory(Context ctx) implements IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1
            && constructor.getParameterTypes()[0] == Context.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(ctx));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
