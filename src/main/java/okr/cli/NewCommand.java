package okr.cli;

import picocli.CommandLine.Command;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    header = "Create a new objective, KPI or SMART goal file.",
    description = {
      "In a terminal, a wizard asks for each field; with --title (and the other flags) it asks",
      "nothing. The new file is checked like `okr check` before it is written, is never",
      "written over an existing one, and its path is printed."
    },
    subcommands = {NewObjectiveCommand.class, NewKpiCommand.class, NewGoalCommand.class})
final class NewCommand {

  @picocli.CommandLine.ParentCommand OkrCommand parent;

  GlobalOptions global() {
    return parent.global();
  }
}
