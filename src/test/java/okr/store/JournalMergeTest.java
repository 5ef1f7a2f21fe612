package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okr.model.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two clones check in at once; `git merge` with the union rule keeps every entry. */
class JournalMergeTest {

  @TempDir Path temp;

  private String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), out).isZero();
    return out;
  }

  private static boolean gitInstalled() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static List<NewEntry> entries(String by, int day) {
    List<NewEntry> list = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      list.add(
          new NewEntry(
              OffsetDateTime.parse("2026-11-" + (10 + day) + "T18:0" + i + ":00+01:00"),
              by,
              EntryKind.GOAL,
              "g",
              (double) i,
              null,
              7,
              "from " + by + " " + i,
              "plans",
              null));
    }
    return list;
  }

  @Test
  void twoClonesThatBothCheckedInMergeWithoutConflict() throws Exception {
    assumeTrue(gitInstalled(), "git is not installed");
    Path a = Files.createDirectories(temp.resolve("a"));
    Files.writeString(a.resolve("okr.yaml"), "name: Team\n");
    Files.writeString(a.resolve(".gitattributes"), "checkins/*.yaml merge=union\n");
    Files.writeString(a.resolve("g.yaml"), "kind: goal\nid: g\ntitle: G\n");
    JournalWriter.append(a, entries("base", 0));
    git(a, "init", "-q", "-b", "main");
    git(a, "add", ".");
    git(a, "commit", "-q", "-m", "start");
    Path b = temp.resolve("b");
    git(temp, "clone", "-q", a.toString(), b.toString());

    JournalWriter.append(a, entries("ana", 1));
    git(a, "commit", "-q", "-am", "ana checks in");
    JournalWriter.append(b, entries("bo", 2));
    git(b, "commit", "-q", "-am", "bo checks in");

    git(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");

    LoadResult merged = WorkspaceLoader.load(b);
    assertThat(merged.problems()).isEmpty();
    assertThat(merged.workspace().journal()).hasSize(9);
    assertThat(merged.workspace().journal())
        .extracting(e -> e.progress())
        .contains("from ana 0", "from ana 2", "from bo 0", "from bo 2", "from base 1");
  }
}
