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
                + " COMP_WORDS=(okr show ''); COMP_CWORD=2; _okr; echo \"${COMPREPLY[@]}\"");
    assertThat(shown.lines()).containsExactly("other-id", "home-else-id", "here-id");
  }

  @Test
  void zshUsesTheBashFunctions() throws Exception {
    assertThat(script("zsh")).content().contains("_okr_ids() {", "-C=*)", "$(_okr_ids refs)");
    Assumptions.assumeTrue(onPath("zsh"), "zsh is not installed");
    String shown =
        run(
            "zsh",
            "-c",
            "autoload -U compinit && compinit -u; source '"
                + script("zsh")
                + "'; COMP_WORDS=(okr -C other show ''); COMP_CWORD=4; _okr;"
                + " echo \"${COMPREPLY[@]}\"");
    assertThat(shown.strip()).isEqualTo("other-id");
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
