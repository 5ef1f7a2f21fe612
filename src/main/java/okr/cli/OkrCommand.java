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
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  the goal files have errors (or warnings, with --strict)",
      "  2  usage error",
      "  3  I/O or internal error",
      "  130  stopped by the user (Ctrl-C) at a prompt"
    })
public final class OkrCommand implements Callable<Integer> {

  /**
   * Every command, in the order `okr --help` lists them. They are registered with picocli one by
   * one, and only the one a command line runs is built, so that starting okr does not reflect over
   * twenty commands it will not use.
   */
  static final java.util.Map<String, Class<?>> COMMANDS = commands();

  private static java.util.Map<String, Class<?>> commands() {
    java.util.Map<String, Class<?>> map = new java.util.LinkedHashMap<>();
    map.put("status", StatusCommand.class);
    map.put("tree", TreeCommand.class);
    map.put("show", ShowCommand.class);
    map.put("goals", GoalsCommand.class);
    map.put("kpis", KpisCommand.class);
    map.put("checkin", CheckinCommand.class);
    map.put("record", RecordCommand.class);
    map.put("pull", PullCommand.class);
    map.put("trust", TrustCommand.class);
    map.put("log", LogCommand.class);
    map.put("history", HistoryCommand.class);
    map.put("undo", UndoCommand.class);
    map.put("digest", DigestCommand.class);
    map.put("whoami", WhoamiCommand.class);
    map.put("report", ReportCommand.class);
    map.put("close", CloseCommand.class);
    map.put("rollover", RolloverCommand.class);
    map.put("new", NewCommand.class);
    map.put("import", ImportCommand.class);
    map.put("init", InitCommand.class);
    map.put("mv", MvCommand.class);
    map.put("edit", EditCommand.class);
    map.put("codeowners", CodeownersCommand.class);
    map.put("check", CheckCommand.class);
    map.put("schema", SchemaCommand.class);
    map.put("completion", CompletionCommand.class);
    map.put("__complete", CompleteCommand.class);
    map.put("__train", TrainCommand.class);
    map.put("help", HelpCommand.class);
    return java.util.Collections.unmodifiableMap(map);
  }

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
