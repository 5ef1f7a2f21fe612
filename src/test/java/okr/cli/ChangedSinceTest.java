package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --changed-since reports only on changed files, yet resolves references across all. */
class ChangedSinceTest {

  @TempDir Path ws;

  private void git(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(ws.toFile()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).as("git %s", String.join(" ", args)).isZero();
  }

  @Test
  void onlyChangedFilesAreReported() throws Exception {
    boolean gitInstalled;
    try {
      gitInstalled = new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (java.io.IOException e) {
      gitInstalled = false;
    }
    assumeTrue(gitInstalled, "git is not installed");
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
    String objective =
        "kind: objective\nid: %s\ntitle: %s\nperiod: 2026-Q2\n%skey_results:\n  - id: a\n    title: Decrease support calls\n    baseline: 10\n    target: 5\n    unit: calls\n  - id: b\n    title: Sign 5 partners\n    baseline: 0\n    target: 5\n    unit: partners\n";
    Files.writeString(ws.resolve("old.yaml"), String.format(objective, "old", "Old", ""));
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "start");
    Files.writeString(
        ws.resolve("new.yaml"), String.format(objective, "new", "New", "aligns_to: old/a\n"));

    CliRunner.Result all = CliRunner.run(ws, "check", "--today", "2026-09-21");
    CliRunner.Result changed =
        CliRunner.run(ws, "check", "--today", "2026-09-21", "--changed-since", "HEAD");

    assertThat(all.out()).contains("old.yaml:", "new.yaml:");
    assertThat(changed.out())
        .contains("new.yaml:")
        .doesNotContain("old.yaml:")
        .doesNotContain("unknown-ref");
    assertThat(changed.out()).endsWith("checked 1 file: 0 errors, 1 warning\n");
  }
}
