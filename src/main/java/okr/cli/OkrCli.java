package okr.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import okr.store.WorkspaceLocator.WorkspaceNotFound;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds the picocli command tree and maps failures to exit codes and one-line messages. */
public final class OkrCli {

  private OkrCli() {}

  public static int execute(Context ctx, String... args) {
    CommandLine cli = commandLine(ctx);
    boolean debug = Arrays.asList(args).contains("--debug");
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException || e instanceof WorkspaceNotFound) {
            ctx.err().println("okr: " + e.getMessage());
            return ExitCode.USAGE;
          }
          ctx.err().println("okr: internal error: " + oneLine(e));
          if (debug) {
            e.printStackTrace(ctx.err());
          } else {
            ctx.err().println("okr: run again with --debug for details");
          }
          return ExitCode.IO_OR_INTERNAL;
        });
    cli.setParameterExceptionHandler(
        (e, unmatched) -> {
          ctx.err().println("okr: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(
              e, new PrintWriter(ctx.err(), true));
          ctx.err().println("Try 'okr " + subcommandPath(e.getCommandLine()) + "--help' for more.");
          return ExitCode.USAGE;
        });
    int code = cli.execute(withDefaultCommand(cli, args));
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  /**
   * A bare {@code okr}, with or without options, runs {@code okr status} with them; help and
   * version requests stay with the top-level command.
   */
  static String[] withDefaultCommand(CommandLine cli, String[] args) {
    java.util.Set<String> commands = cli.getSubcommands().keySet();
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

  static CommandLine commandLine(Context ctx) {
    CommandLine cli = new CommandLine(new OkrCommand(), new ContextFactory(ctx));
    cli.setOut(new PrintWriter(ctx.out(), true));
    cli.setErr(new PrintWriter(ctx.err(), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
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
