package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code okr -C other show <Tab>} completes the ids of {@code other}: the scripts hand -C on to
 * {@code okr __complete}. A stub {@code okr} on the PATH answers by the folder it is given, so the
 * shell's own completion code runs without a JVM; zsh and fish run when installed.
 */
class CompletionDirectoryTest {

  @TempDir Path dir;

  @Test
  void bashPassesTheWorkspaceOfDashC() throws Exception {
    Assumptions.assumeTrue(onPath("bash"), "bash is not installed");
    Path script = script("bash");
    String shown =
        run(
            "bash",
            "-c",
            "source '"
                + script
                + "'; COMP_WORDS=(okr -C other show ''); COMP_CWORD=4; _okr;"
                + " echo \"${COMPREPLY[@]}\";"
                + " COMP_WORDS=(okr -C=~/else show ''); COMP_CWORD=3; _okr;"
                + " echo \"${COMPREPLY[@]}\";"
                + " COMP_WORDS=(okr show ''); COMP_CWORD=2; _okr; echo \"${COMPREPLY[@]}\";"
                // As typed: -C "my ws", -C 'my ws' and -C my\\ ws name one folder with a space.
                + " COMP_WORDS=(okr -C '\"my ws\"' show ''); COMP_CWORD=4; _okr;"
                + " echo \"${COMPREPLY[@]}\";"
                + " COMP_WORDS=(okr -C \"'my ws'\" show ''); COMP_CWORD=4; _okr;"
                + " echo \"${COMPREPLY[@]}\";"
                + " COMP_WORDS=(okr -C 'my\\ ws' show ''); COMP_CWORD=4; _okr;"
                + " echo \"${COMPREPLY[@]}\"");
    assertThat(shown.lines())
        .containsExactly(
            "other-id", "home-else-id", "here-id", "spaced-id", "spaced-id", "spaced-id");
  }

  /**
   * zsh runs the bash functions through bashcompinit, which hands them words its own way, so the
   * Tab is pressed for real: an interactive zsh on a pseudo-terminal (zsh/zpty) completes the line,
   * and then prints it.
   */
  @Test
  void zshCompletesTheIdsOfDashCAtARealTab() throws Exception {
    assertThat(script("zsh")).content().contains("_okr_ids() {", "-C=*)", "$(_okr_ids refs)");
    Assumptions.assumeTrue(onPath("zsh"), "zsh is not installed");
    Path driver = dir.resolve("tab.zsh");
    Files.writeString(
        driver,
        "zmodload zsh/zpty\n"
            + "zpty z 'TERM=dumb zsh -f -i'\n"
            + "zpty -w z 'autoload -U compinit && compinit -D -u && source "
            + script("zsh")
            + "'\n"
            // Tab completes the line; Ctrl-A and `echo LINE: ` then print what it became.
            + "zpty -w -n z $'okr -C other show \\t\\x01echo LINE: \\n'\n"
            + "while zpty -r z line; do\n"
            + "  if [[ $line == LINE:* ]]; then print -r -- ${line%$'\\r'}; break; fi\n"
            + "done\n"
            + "zpty -d z\n",
        StandardCharsets.UTF_8);
    String shown = run("zsh", "-f", driver.toString());
    assertThat(shown.strip()).isEqualTo("LINE: okr -C other show other-id");
  }

  @Test
  void fishPassesTheWorkspaceOfDashC() throws Exception {
    assertThat(script("fish"))
        .content()
        .contains("function __okr_ids", "case -C", "okr $dir __complete", "(__okr_ids refs)");
    Assumptions.assumeTrue(onPath("fish"), "fish is not installed");
    String shown =
        run("fish", "-c", "source '" + script("fish") + "'; complete -C 'okr -C other show '");
    assertThat(shown.lines().map(l -> l.split("\t")[0])).contains("other-id");
  }

  /** The committed script of a shell, with a stub okr beside it on the PATH. */
  private Path script(String shell) throws Exception {
    Path stub = dir.resolve("okr");
    Files.writeString(
        stub,
        "#!/bin/sh\n"
            + "case \"$1 $2 $3\" in\n"
            + "  '-C other __complete') echo other-id;;\n"
            + "  '-C my ws __complete') echo spaced-id;;\n"
            + "  \"-C $HOME/else __complete\") echo home-else-id;;\n"
            + "  '__complete refs '*|'__complete refs') echo here-id;;\n"
            + "esac\n",
        StandardCharsets.UTF_8);
    stub.toFile().setExecutable(true);
    return Path.of("completions/okr." + shell).toAbsolutePath();
  }

  private String run(String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PATH", dir + File.pathSeparator + System.getenv("PATH"));
    builder.directory(dir.toFile());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
