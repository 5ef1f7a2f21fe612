package okr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    header = "Print a shell completion script: bash, zsh or fish.",
    description = {
      "Commands and options complete, and so do ids (objectives, key results as",
      "objective/kr, KPIs, goals, periods, owners), read live from the workspace.",
      "  bash: okr completion bash > ~/.local/share/bash-completion/completions/okr",
      "  zsh:  okr completion zsh > \"${fpath[1]}/_okr\"",
      "  fish: okr completion fish > ~/.config/fish/completions/okr.fish",
      "The same scripts are in the distribution's completions/ folder."
    })
final class CompletionCommand implements Callable<Integer> {

  enum Shell {
    bash,
    zsh,
    fish
  }

  private final Context ctx;

  @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
  Shell shell;

  CompletionCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    // The whole command tree: the one this command line runs in holds only `completion`.
    picocli.CommandLine root = OkrCli.commandLine(ctx);
    ctx.out()
        .print(
            switch (shell) {
              case bash -> CompletionScripts.bash(root);
              case zsh -> CompletionScripts.zsh(root);
              case fish -> CompletionScripts.fish(root);
            });
    return ExitCode.OK;
  }
}
