package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `okr help COMMAND`, `okr COMMAND --help` and `man okr-COMMAND` say the same thing. */
class ManualTest {

  @TempDir Path temp;

  private static CommandLine root() {
    return OkrCli.detachedTree();
  }

  /** Every command with a man page, top level and nested (new objective, ...). */
  private static List<CommandLine> pages() {
    List<CommandLine> pages = new ArrayList<>();
    collect(root(), pages);
    return pages;
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    if (command.getCommandSpec().usageMessage().hidden()
        || command.getCommandSpec().name().equals("help")) {
      return;
    }
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  /** The words a reader sees in a roff page: requests and font changes removed. */
  private static List<String> roffWords(String roff) {
    StringBuilder text = new StringBuilder();
    for (String line : roff.split("\n")) {
      if (line.startsWith(".SH ") || line.startsWith(".B ") || line.startsWith(".I ")) {
        text.append(line.substring(line.indexOf(' ') + 1)).append('\n');
      } else if (!line.startsWith(".")) {
        text.append(line).append('\n');
      }
    }
    String plain =
        text.toString()
            .replace("\\fI", "")
            .replace("\\fR", "")
            .replace("\\&", "")
            .replace("\\-", "-")
            .replace("\\e", "\\");
    return words(plain);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).toList();
  }

  @Test
  void theManPageAndTheHelpTextHoldTheSameWords() {
    List<CommandLine> pages = pages();
    assertThat(pages).hasSizeGreaterThan(18);
    for (CommandLine page : pages) {
      Manual manual = Manual.of(page);
      assertThat(words(TextManual.render(manual, 80)))
          .as("okr help for %s", manual.name())
          .isEqualTo(roffWords(RoffManual.render(manual)));
    }
  }

  @Test
  void helpCommandAndHelpOptionPrintTheManual() {
    Path cwd = Path.of("").toAbsolutePath();
    for (String command : OkrCommand.COMMANDS.keySet()) {
      if (command.equals("help") || command.startsWith("__")) {
        continue;
      }
      CliRunner.Result viaHelp = CliRunner.run(cwd, "help", command);
      CliRunner.Result viaOption = CliRunner.run(cwd, command, "--help");
      assertThat(viaHelp.exit()).isZero();
      assertThat(viaHelp.out())
          .as("okr help %s", command)
          .startsWith("NAME\n       okr-" + command + " - ")
          .contains("\nOPTIONS\n", "\nEXIT STATUS\n")
          .isEqualTo(viaOption.out());
    }
  }

  @Test
  void helpReachesNestedCommandsAndNamesUnknownOnes() {
    Path cwd = Path.of("").toAbsolutePath();
    CliRunner.Result nested = CliRunner.run(cwd, "help", "new", "kpi");
    assertThat(nested.out())
        .startsWith("NAME\n       okr-new-kpi - ")
        .contains("--unit UNIT", "Its unit: %, h, m")
        .isEqualTo(CliRunner.run(cwd, "new", "kpi", "--help").out());
    CliRunner.Result unknown = CliRunner.run(cwd, "help", "new", "nosuch");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no command 'new nosuch'", "'okr help' lists the commands");
  }

  /** Where man is installed, the page it sets at 80 columns is the text `okr help` prints. */
  @Test
  void manSetsThePageAsOkrHelpPrintsIt() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
    for (CommandLine page : pages()) {
      Manual manual = Manual.of(page);
      Path file = temp.resolve(manual.name() + ".1");
      Files.writeString(file, RoffManual.render(manual), StandardCharsets.UTF_8);
      ProcessBuilder man = new ProcessBuilder("man", "-l", file.toString());
      man.environment().put("MANWIDTH", "80");
      man.environment().put("MANPAGER", "cat");
      man.environment().put("LANG", "C.UTF-8");
      man.environment().remove("MAN_KEEP_FORMATTING");
      man.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process process = man.start();
      String set = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assumeTrue(process.waitFor() == 0, "man could not set the page");
      // Drop man's running header and footer lines and the blank lines around them.
      List<String> lines = new ArrayList<>(set.lines().toList());
      lines.remove(0);
      lines.remove(lines.size() - 1);
      String body = String.join("\n", lines).strip();
      assertThat(body)
          .as("man -l %s", manual.name())
          .isEqualTo(TextManual.render(manual, 80).strip());
    }
  }
}
