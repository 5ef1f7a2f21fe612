package okr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "okr",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Track OKRs, KPIs and SMART goals kept as YAML files in a folder.",
      "",
      "Run in a workspace (a folder with okr.yaml, or one of its subfolders).",
      "With no command, okr runs `okr status`."
    },
    subcommands = {
      StatusCommand.class,
      TreeCommand.class,
      ShowCommand.class,
      GoalsCommand.class,
      KpisCommand.class,
      LogCommand.class,
      CloseCommand.class,
      RolloverCommand.class,
      ReportCommand.class,
      MvCommand.class,
      CompletionCommand.class,
      CompleteCommand.class,
      CheckinCommand.class,
      RecordCommand.class,
      NewCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      CheckCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  the goal files have errors (or warnings, with --strict)",
      "  2  usage error",
      "  3  I/O or internal error",
      "  130  stopped by the user (Ctrl-C) at a prompt"
    })
public final class OkrCommand implements Callable<Integer> {

  @Mixin GlobalOptions global;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }

  GlobalOptions global() {
    return global;
  }
}
