package okr.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okr help [COMMAND...]}: the manual of okr or of a command, nested ones included ({@code
 * okr help new kpi}), the same text as its man page.
 */
@Command(
    name = "help",
    helpCommand = true,
    header = "Show the manual of okr or of a command (the text of its man page).")
final class HelpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "COMMAND",
      description = "The command, e.g. checkin, or new kpi.")
  List<String> path = List.of();

  @Override
  public Integer call() {
    CommandLine target = spec.parent().commandLine();
    for (String name : path) {
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null || sub.getCommandSpec().usageMessage().hidden()) {
        throw new UsageException(
            "help: no command '" + String.join(" ", path) + "'; 'okr help' lists the commands");
      }
      target = sub;
    }
    target.usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
