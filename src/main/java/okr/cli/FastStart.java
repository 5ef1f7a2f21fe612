package okr.cli;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The most common command lines run without picocli: {@code okr --version}, {@code okr
 * [status|kpis|check]} with plain options, and the check-in that asks its questions at a terminal
 * ({@code okr checkin [REF]}, where picocli's model was a fifth of the wait for the first
 * question). Building picocli's model of even one command reads its annotations through dynamic
 * proxies, which no class-data archive keeps: about a quarter of {@code okr status}'s time
 * (bench/README.md). Anything this parser is not certain picocli reads the same way (help, an
 * unknown or repeated option, a value that looks like an option, a command or an {@code @file},
 * {@code --}, a positional word, an error of any kind) goes to picocli instead, which also prints
 * every usage message; FastStartTest runs a table of command lines both ways and compares what they
 * print and return.
 */
final class FastStart {

  private FastStart() {}

  /** How an option is read: a flag, or a value (the next argument, or after {@code =}). */
  private enum Kind {
    FLAG,
    TEXT,
    NUMBER,
    VIEW_FORMAT,
    CHECK_FORMAT
  }

  private static final Map<String, Kind> GLOBAL =
      Map.of(
          "-C", Kind.TEXT,
          "--today", Kind.TEXT,
          "--color", Kind.TEXT,
          "--width", Kind.NUMBER,
          "--ascii", Kind.FLAG,
          "--debug", Kind.FLAG);

  private static final Map<String, Kind> VIEW =
      Map.of(
          "--period", Kind.TEXT,
          "--as-of", Kind.TEXT,
          "--owner", Kind.TEXT,
          "--mine", Kind.FLAG,
          "--team", Kind.TEXT);

  private static final Map<String, Map<String, Kind>> COMMANDS =
      Map.of(
          "status", with(VIEW, Map.of("--format", Kind.VIEW_FORMAT)),
          "kpis", with(VIEW, Map.of("--format", Kind.VIEW_FORMAT, "--pairs", Kind.FLAG)),
          "check", Map.of("--format", Kind.CHECK_FORMAT),
          // The check-in typed at a terminal, which asks its questions; with --value and the
          // other flags that record an entry outright it is picocli's.
          "checkin", Map.of("--owner", Kind.TEXT, "--dry-run", Kind.FLAG));

  private static Map<String, Kind> with(Map<String, Kind> a, Map<String, Kind> b) {
    java.util.HashMap<String, Kind> all = new java.util.HashMap<>(a);
    all.putAll(b);
    return Map.copyOf(all);
  }

  /** What becomes of an exception a command throws: its exit code, once it is reported. */
  interface Failures {
    int handle(Exception e);
  }

  /**
   * Runs the command line if it is one of the plain ones, and returns its exit code; null when
   * picocli must read it.
   */
  static Integer run(Context ctx, String[] args, Failures failures) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      ctx.out().println(new VersionProvider().getVersion()[0]);
      return ExitCode.OK;
    }
    Callable<Integer> command = parse(ctx, args);
    if (command == null) {
      return null;
    }
    try {
      return command.call();
    } catch (Exception e) {
      return failures.handle(e);
    }
  }

  /** The command with its options set, or null when this is not a plain command line. */
  static Callable<Integer> parse(Context ctx, String[] args) {
    String name = null;
    for (String arg : args) {
      if (OkrCommand.COMMANDS.containsKey(arg)) {
        name = arg;
        break;
      }
    }
    // A line without a command runs status (OkrCli.withDefaultCommand).
    boolean named = name == null;
    if (name == null) {
      name = "status";
    } else if (!COMMANDS.containsKey(name)) {
      return null;
    }
    Map<String, Kind> own = COMMANDS.get(name);
    GlobalOptions global = new GlobalOptions();
    ViewOptions view = new ViewOptions();
    Map<String, String> values = new java.util.HashMap<>();
    Set<String> seen = new HashSet<>();
    String ref = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(name) && !named) {
        named = true;
        continue;
      }
      String option = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2) {
        option = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      Kind kind = GLOBAL.containsKey(option) ? GLOBAL.get(option) : own.get(option);
      // The one REF a check-in takes, after its name.
      if (kind == null
          && named
          && name.equals("checkin")
          && ref == null
          && plainValue(arg, Kind.TEXT)) {
        ref = arg;
        continue;
      }
      // Options of a command are picocli's before its name (it reads them as the top level's).
      if (kind == null || !seen.add(option) || !GLOBAL.containsKey(option) && !named) {
        return null;
      }
      if (kind == Kind.FLAG) {
        if (value != null) {
          return null;
        }
        values.put(option, "true");
        continue;
      }
      if (value == null) {
        if (i + 1 == args.length) {
          return null;
        }
        value = args[++i];
      }
      if (!plainValue(value, kind)) {
        return null;
      }
      values.put(option, value);
    }
    global.directory = values.get("-C");
    global.today = values.get("--today");
    global.color = values.getOrDefault("--color", global.color);
    global.width = values.containsKey("--width") ? Integer.valueOf(values.get("--width")) : null;
    global.ascii = values.containsKey("--ascii");
    global.debug = values.containsKey("--debug");
    view.period = values.get("--period");
    view.asOf = values.get("--as-of");
    view.owner = values.get("--owner");
    view.mine = values.containsKey("--mine");
    view.team = values.get("--team");
    OkrCommand top = new OkrCommand();
    top.global = global;
    String format = values.get("--format");
    switch (name) {
      case "kpis" -> {
        KpisCommand kpis = new KpisCommand(ctx);
        kpis.parent = top;
        kpis.view = view;
        kpis.pairs = values.containsKey("--pairs");
        kpis.format = format == null ? kpis.format : ViewFormat.valueOf(format);
        return kpis;
      }
      case "checkin" -> {
        CheckinCommand checkin = new CheckinCommand(ctx);
        checkin.parent = top;
        checkin.ref = ref;
        checkin.owner = values.get("--owner");
        checkin.dryRun = values.containsKey("--dry-run");
        return checkin;
      }
      case "check" -> {
        CheckCommand check = new CheckCommand(ctx);
        check.parent = top;
        check.format = format == null ? check.format : CheckCommand.Format.valueOf(format);
        return check;
      }
      default -> {
        StatusCommand status = new StatusCommand(ctx);
        status.parent = top;
        status.view = view;
        status.format = format == null ? status.format : ViewFormat.valueOf(format);
        return status;
      }
    }
  }

  /**
   * A value picocli takes as it is: not empty, not like an option, a command or an argument file,
   * and for numbers and formats, one its converters read the same way.
   */
  private static boolean plainValue(String value, Kind kind) {
    if (value.isEmpty()
        || value.startsWith("-")
        || value.startsWith("@")
        || OkrCommand.COMMANDS.containsKey(value)) {
      return false;
    }
    return switch (kind) {
      case NUMBER -> okr.render.WholeNumbers.isPositive(value, 1, 9);
      case VIEW_FORMAT -> isName(ViewFormat.values(), value);
      case CHECK_FORMAT -> isName(CheckCommand.Format.values(), value);
      default -> true;
    };
  }

  private static boolean isName(Enum<?>[] values, String value) {
    for (Enum<?> v : values) {
      if (v.name().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
