package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scripts committed in completions/ are exactly what `okr completion` prints. */
class CompletionScriptsTest {

  @Test
  void committedScriptsMatchTheCode() throws Exception {
    for (String shell : new String[] {"bash", "zsh", "fish"}) {
      String generated = CliRunner.run(Path.of("").toAbsolutePath(), "completion", shell).out();
      assertThat(Files.readString(Path.of("completions/okr." + shell)))
          .as(
              "completions/okr.%s is stale: run target/okr/bin/okr completion %s > completions/okr.%s",
              shell, shell, shell)
          .isEqualTo(generated);
    }
  }

  @Test
  void everyCommandAndItsOptionsComplete() {
    Path cwd = Path.of("").toAbsolutePath();
    for (String shell : new String[] {"bash", "zsh", "fish"}) {
      String script = CliRunner.run(cwd, "completion", shell).out();
      for (String command : OkrCommand.COMMANDS.keySet()) {
        if (!command.startsWith("__")) {
          assertThat(script).as("%s completion offers %s", shell, command).contains(command);
        }
      }
      assertThat(script).as("%s completion offers checkin's options", shell).contains("confidence");
    }
    assertThat(CliRunner.run(cwd, "completion", "bash").out())
        .as("okr help completes command names")
        .containsPattern("help\\)\\n.*\\n      else COMPREPLY=\\(\\$\\(compgen -W \"status tree");
  }

  @Test
  void idsCompleteLiveFromTheWorkspace() {
    CliRunner.Result refs =
        CliRunner.run(Path.of("examples/maratona").toAbsolutePath(), "__complete", "refs");
    assertThat(refs.out().lines())
        .contains("maratona", "maratona/climb", "train/weekly-climb", "weekly-climb");
    CliRunner.Result periods =
        CliRunner.run(Path.of("examples/acme").toAbsolutePath(), "__complete", "periods");
    assertThat(periods.out().lines()).containsExactly("2026-Q4");
    CliRunner.Result owners =
        CliRunner.run(Path.of("examples/acme").toAbsolutePath(), "__complete", "owners");
    assertThat(owners.out().lines()).containsExactly("dana", "priya", "sam");
  }

  @Test
  void manPagesAreMadeFromTheSameModelAsHelp() {
    String page = ManPages.page(OkrCli.detachedTree().getSubcommands().get("checkin"));
    assertThat(page)
        .startsWith(".TH OKR-CHECKIN 1")
        .contains(".SH SYNOPSIS", "\\-\\-confidence", "Ctrl\\-C", ".SH EXIT STATUS");
  }
}
