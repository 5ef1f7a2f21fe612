package okr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import okr.render.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okr help [COMMAND...]}: the manual of okr or of a command, nested ones included ({@code
 * okr help new kpi}), the same text as its man page; {@code okr help format}: the goal-file format
 * (docs/format.md, which the build puts in the jar, since the distribution has no docs folder).
 */
@Command(
    name = "help",
    helpCommand = true,
    header = "Show the manual of okr or of a command (the text of its man page).",
    description = {
      "okr help format shows the format of goal files and the journal.",
      "At a terminal the text goes through a pager (OKR_PAGER, PAGER, else less; LESS=FRX",
      "unless LESS is set), as git does; never when the output is piped."
    })
final class HelpCommand implements Callable<Integer> {

  /** Where the build puts docs/format.md in the jar. */
  static final String FORMAT = "/okr/docs/format.md";

  private final Context ctx;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "COMMAND",
      description = "The command, e.g. checkin, or new kpi; or format.")
  List<String> path = List.of();

  @Option(names = "--no-pager", description = "Print the text without a pager.")
  boolean noPager;

  HelpCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    if (path.equals(List.of("format"))) {
      Pager.show(ctx, format(), noPager);
      return ExitCode.OK;
    }
    CommandLine target = spec.parent().commandLine();
    for (String name : path) {
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null || sub.getCommandSpec().usageMessage().hidden()) {
        throw new UsageException(
            "help: no command '"
                + String.join(" ", path)
                + "'; 'okr help' lists the commands, 'okr help format' the file format");
      }
      target = sub;
    }
    StringWriter manual = new StringWriter();
    target.usage(new PrintWriter(manual));
    Pager.show(ctx, manual.toString(), noPager);
    return ExitCode.OK;
  }

  /** docs/format.md, each line sanitized: it is text okr did not write at run time. */
  private static String format() throws IOException {
    try (InputStream in = HelpCommand.class.getResourceAsStream(FORMAT)) {
      if (in == null) {
        throw new IOException("this okr was built without its format page (" + FORMAT + ")");
      }
      StringBuilder out = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        out.append(TerminalText.sanitize(line)).append('\n');
      }
      return out.toString().stripTrailing() + "\n";
    }
  }
}
