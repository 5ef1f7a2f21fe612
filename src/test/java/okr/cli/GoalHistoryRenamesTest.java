package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okr.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * okr history, goalpost-moved and the report's goalposts_moved after renames that hand ids from one
 * goal to another: swaps through a temporary id, rotations, names used again, renames on branches.
 * Each change must be told of the goal it was made to, under the name that goal has today.
 */
class GoalHistoryRenamesTest {

  @TempDir Path ws;

  private static final Map<String, String> ENV =
      Map.of(
          "NO_COLOR", "1",
          "USER", "tester",
          "OKR_USER", "glen",
          "PATH", System.getenv("PATH"),
          "GIT_CONFIG_NOSYSTEM", "1",
          "GIT_CONFIG_GLOBAL", "/dev/null");

  @BeforeEach
  void repository() throws IOException {
    assumeTrue(Git.installed(), "git is not installed");
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
    Git.run(ws, "init", "-q");
  }

  /** Objective {@code id} in goals/ID.yaml with key results of these ids and targets. */
  private void objective(String id, String... krsAndTargets) throws IOException {
    StringBuilder text =
        new StringBuilder(
            "kind: objective\nid: %s\ntitle: Objective %s\nperiod: 2026-Q4\nkey_results:\n"
                .formatted(id, id));
    for (int i = 0; i < krsAndTargets.length; i += 2) {
      text.append(
          """
            - id: %s
              title: Raise the figure %s
              baseline: 0
              target: %s
              unit: points
          """
              .formatted(krsAndTargets[i], krsAndTargets[i], krsAndTargets[i + 1]));
    }
    Path file = ws.resolve("goals/" + id + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
  }

  /** Changes the one target written {@code from} in goals/FILE.yaml to {@code to}. */
  private void retarget(String file, String from, String to) throws IOException {
    Path path = ws.resolve("goals/" + file + ".yaml");
    String text = Files.readString(path);
    String old = "target: " + from + "\n";
    assertThat(text.split(old, -1)).as("one `%s` in %s", old.strip(), file).hasSize(2);
    Files.writeString(path, text.replace(old, "target: " + to + "\n"));
  }

  private void commit(String author, String date) {
    Git.run(ws, "add", "-A");
    Git.commit(ws, author, date, "change");
  }

  private void mv(String from, String to) {
    CliRunner.Result mv = okr("mv", from, to, "--yes");
    assertThat(mv.exit()).as(mv.err()).isZero();
  }

  private CliRunner.Result okr(String... args) {
    return CliRunner.run(ws, ENV, args);
  }

  private String hash(String rev) {
    return Git.run(ws, "rev-parse", "--short=7", rev).strip();
  }

  /** okr history REF, whose lines must be exactly these. */
  private void assertHistory(String ref, String... lines) {
    CliRunner.Result history = okr("history", ref);
    assertThat(history.exit()).as(history.err()).isZero();
    if (lines.length == 0) {
      assertThat(history.out()).startsWith("no changes");
    } else {
      assertThat(history.out().lines().toList()).containsExactly(lines);
    }
  }

  /** The goalpost-moved warnings of okr check, each `ref`: description, in order. */
  private List<String> goalpostWarnings(String... checkArgs) {
    String[] args = new String[checkArgs.length + 1];
    args[0] = "check";
    System.arraycopy(checkArgs, 0, args, 1, checkArgs.length);
    return okr(args)
        .out()
        .lines()
        .filter(l -> l.contains("warning[goalpost-moved]"))
        .map(l -> l.substring(l.indexOf("]: ") + 3))
        .toList();
  }

  /** The report's goalposts_moved, as "ref field before → after", in order. */
  private List<String> reportedMoves() {
    String json = okr("report", "--period", "2026-Q4", "--format", "json").out();
    List<String> moves = new java.util.ArrayList<>();
    try {
      var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      for (var move : root.get("goalposts_moved")) {
        moves.add(
            move.get("ref").asText()
                + " "
                + move.get("field").asText()
                + " "
                + move.get("before").asText()
                + " → "
                + move.get("after").asText());
      }
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
    return moves.stream().sorted().toList();
  }

  @Test
  void aSwapThroughATemporaryIdInOneCommit() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "10", "20");
    commit("dana", "2026-10-02T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-03T10:00:00Z");
    mv("a/k", "a/t");
    mv("a/j", "a/k");
    mv("a/t", "a/j");
    commit("glen", "2026-10-04T10:00:00Z");
    retarget("a", "600", "500"); // j now: the key result that was k
    commit("eve", "2026-10-05T10:00:00Z");

    assertHistory(
        "a/j",
        "2026-10-03  %s  eve  a/j  target lowered 700 → 600".formatted(hash("HEAD~2")),
        "2026-10-05  %s  eve  a/j  target lowered 600 → 500".formatted(hash("HEAD")));
    assertHistory(
        "a/k", "2026-10-02  %s  dana  a/k  target raised 10 → 20".formatted(hash("HEAD~3")));
    assertThat(okr("history", "a/j", "--format", "json").out())
        .contains("\"ref\" : \"a/j\"")
        .doesNotContain("\"ref\" : \"a/k\"")
        .contains("\"before\" : 700")
        .doesNotContain("\"before\" : 10,");
    assertThat(goalpostWarnings())
        .containsExactlyInAnyOrder(
            "`a/k`: target raised 10 → 20 on 2026-10-02 by dana (%s)".formatted(hash("HEAD~3")),
            "`a/j`: target lowered 700 → 600 on 2026-10-03 by eve (%s)".formatted(hash("HEAD~2")),
            "`a/j`: target lowered 600 → 500 on 2026-10-05 by eve (%s)".formatted(hash("HEAD")));
    assertThat(reportedMoves())
        .containsExactly("a/j target 600 → 500", "a/j target 700 → 600", "a/k target 10 → 20");
  }

  @Test
  void aSwapThroughATemporaryIdInThreeCommits() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    mv("a/k", "a/t");
    commit("glen", "2026-10-02T10:00:00Z");
    retarget("a", "700", "650"); // t: the key result that was k
    commit("eve", "2026-10-03T10:00:00Z");
    mv("a/j", "a/k");
    commit("glen", "2026-10-04T10:00:00Z");
    retarget("a", "10", "15"); // k: the one that was j
    commit("dana", "2026-10-05T10:00:00Z");
    mv("a/t", "a/j");
    commit("glen", "2026-10-06T10:00:00Z");

    assertHistory(
        "a/j", "2026-10-03  %s  eve  a/j  target lowered 700 → 650".formatted(hash("HEAD~3")));
    assertHistory(
        "a/k", "2026-10-05  %s  dana  a/k  target raised 10 → 15".formatted(hash("HEAD~1")));
    assertThat(goalpostWarnings())
        .containsExactlyInAnyOrder(
            "`a/j`: target lowered 700 → 650 on 2026-10-03 by eve (%s)".formatted(hash("HEAD~3")),
            "`a/k`: target raised 10 → 15 on 2026-10-05 by dana (%s)".formatted(hash("HEAD~1")));
    assertThat(reportedMoves()).containsExactly("a/j target 700 → 650", "a/k target 10 → 15");
  }

  @Test
  void aSwapNotCommittedYet() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-03T10:00:00Z");
    mv("a/k", "a/t");
    mv("a/j", "a/k");
    mv("a/t", "a/j");
    retarget("a", "10", "5"); // k now: the one that was j; not committed either

    assertHistory(
        "a/j", "2026-10-03  %s  eve  a/j  target lowered 700 → 600".formatted(hash("HEAD")));
    assertHistory("a/k", "uncommitted  a/k  target lowered 10 → 5");
    assertThat(goalpostWarnings())
        .containsExactlyInAnyOrder(
            "`a/j`: target lowered 700 → 600 on 2026-10-03 by eve (%s)".formatted(hash("HEAD")),
            "`a/k`: target lowered 10 → 5, not committed yet");
    assertThat(reportedMoves()).containsExactly("a/j target 700 → 600", "a/k target 10 → 5");
  }

  @Test
  void aSwapAndATargetChangedInTheSameCommit() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    mv("a/k", "a/t");
    mv("a/j", "a/k");
    mv("a/t", "a/j");
    retarget("a", "700", "300"); // j now: the one that was k
    commit("eve", "2026-10-02T10:00:00Z");

    assertHistory(
        "a/j", "2026-10-02  %s  eve  a/j  target lowered 700 → 300".formatted(hash("HEAD")));
    assertHistory("a/k");
    assertThat(goalpostWarnings())
        .containsExactly(
            "`a/j`: target lowered 700 → 300 on 2026-10-02 by eve (%s)".formatted(hash("HEAD")));
    assertThat(reportedMoves()).containsExactly("a/j target 700 → 300");
  }

  @Test
  void aSwapOfObjectives() throws IOException {
    objective("x", "m", "10");
    objective("y", "m", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("x", "10", "20");
    commit("dana", "2026-10-02T10:00:00Z");
    mv("x", "tmp");
    mv("y", "x");
    mv("tmp", "y");
    commit("glen", "2026-10-03T10:00:00Z");
    retarget("y", "700", "650"); // y.yaml holds the objective that was y, now called x
    commit("eve", "2026-10-04T10:00:00Z");

    assertHistory(
        "y", "2026-10-02  %s  dana  y/m  target raised 10 → 20".formatted(hash("HEAD~2")));
    assertHistory(
        "x", "2026-10-04  %s  eve  x/m  target lowered 700 → 650".formatted(hash("HEAD")));
    assertThat(goalpostWarnings())
        .containsExactlyInAnyOrder(
            "`y/m`: target raised 10 → 20 on 2026-10-02 by dana (%s)".formatted(hash("HEAD~2")),
            "`x/m`: target lowered 700 → 650 on 2026-10-04 by eve (%s)".formatted(hash("HEAD")));
    assertThat(reportedMoves()).containsExactly("x/m target 700 → 650", "y/m target 10 → 20");
  }

  @Test
  void aRotationOfThreeThroughATemporaryId() throws IOException {
    objective("o", "a", "10", "b", "200", "c", "3000");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("o", "10", "11");
    retarget("o", "200", "220");
    retarget("o", "3000", "3300");
    commit("dana", "2026-10-02T10:00:00Z");
    mv("o/a", "o/t");
    commit("glen", "2026-10-03T10:00:00Z");
    mv("o/b", "o/a");
    mv("o/c", "o/b");
    commit("glen", "2026-10-04T10:00:00Z");
    mv("o/t", "o/c");
    retarget("o", "220", "210"); // a now: the one that was b
    commit("eve", "2026-10-05T10:00:00Z");

    String day2 = "2026-10-02  %s  dana  ".formatted(hash("HEAD~3"));
    assertHistory("o/c", day2 + "o/c  target raised 10 → 11");
    assertHistory(
        "o/a",
        day2 + "o/a  target raised 200 → 220",
        "2026-10-05  %s  eve  o/a  target lowered 220 → 210".formatted(hash("HEAD")));
    assertHistory("o/b", day2 + "o/b  target raised 3000 → 3300");
    assertThat(reportedMoves())
        .containsExactly(
            "o/a target 200 → 220",
            "o/a target 220 → 210",
            "o/b target 3000 → 3300",
            "o/c target 10 → 11");
    assertThat(goalpostWarnings())
        .contains(
            "`o/a`: target lowered 220 → 210 on 2026-10-05 by eve (%s)".formatted(hash("HEAD")))
        .hasSize(4);
  }

  @Test
  void aKeyResultRenamedAndBackKeepsOneHistoryAndItsPastNameSaysWhereItWent() throws IOException {
    objective("a", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "650");
    commit("dana", "2026-10-02T10:00:00Z");
    mv("a/k", "a/b");
    commit("glen", "2026-10-03T10:00:00Z");
    retarget("a", "650", "600");
    commit("eve", "2026-10-04T10:00:00Z");
    mv("a/b", "a/k");
    commit("glen", "2026-10-05T10:00:00Z");
    retarget("a", "600", "550");
    commit("eve", "2026-10-06T10:00:00Z");

    assertHistory(
        "a/k",
        "2026-10-02  %s  dana  a/k  target lowered 700 → 650".formatted(hash("HEAD~4")),
        "2026-10-04  %s  eve  a/k  target lowered 650 → 600".formatted(hash("HEAD~2")),
        "2026-10-06  %s  eve  a/k  target lowered 600 → 550".formatted(hash("HEAD")));
    // a/b is no key result's name now: okr history says so, and where the one it named went.
    CliRunner.Result past = okr("history", "a/b");
    assertThat(past.exit()).isEqualTo(2);
    assertThat(past.out()).isEmpty();
    assertThat(past.err())
        .contains("`a/b` is not a name in use now")
        .contains("`a/k` today")
        .contains("okr history a/k");
    assertThat(goalpostWarnings()).hasSize(3).allSatisfy(w -> assertThat(w).startsWith("`a/k`:"));
    assertThat(reportedMoves())
        .containsExactly("a/k target 600 → 550", "a/k target 650 → 600", "a/k target 700 → 650");
  }

  @Test
  void anIdUsedAgainAfterARenameNotCommittedYet() throws IOException {
    objective("a", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "650");
    commit("eve", "2026-10-02T10:00:00Z");
    mv("a/k", "a/n");
    Files.writeString(
        ws.resolve("goals/a.yaml"),
        "  - id: k\n    title: A new figure\n    baseline: 0\n    target: 40\n    unit: points\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    assertHistory(
        "a/n", "2026-10-02  %s  eve  a/n  target lowered 700 → 650".formatted(hash("HEAD")));
    assertHistory("a/k");
    assertThat(goalpostWarnings())
        .containsExactly(
            "`a/n`: target lowered 700 → 650 on 2026-10-02 by eve (%s)".formatted(hash("HEAD")));
    assertThat(reportedMoves()).containsExactly("a/n target 700 → 650");
  }

  @Test
  void anIdUsedAgainAfterARenameCommittedWithIt() throws IOException {
    objective("a", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    mv("a/k", "a/n");
    Files.writeString(
        ws.resolve("goals/a.yaml"),
        "  - id: k\n    title: A new figure\n    baseline: 0\n    target: 40\n    unit: points\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    commit("glen", "2026-10-02T10:00:00Z");
    retarget("a", "40", "45");
    commit("eve", "2026-10-03T10:00:00Z");
    retarget("a", "700", "690");

    assertHistory("a/n", "uncommitted  a/n  target lowered 700 → 690");
    assertHistory("a/k", "2026-10-03  %s  eve  a/k  target raised 40 → 45".formatted(hash("HEAD")));
    assertThat(goalpostWarnings())
        .containsExactlyInAnyOrder(
            "`a/k`: target raised 40 → 45 on 2026-10-03 by eve (%s)".formatted(hash("HEAD")),
            "`a/n`: target lowered 700 → 690, not committed yet");
    assertThat(reportedMoves()).containsExactly("a/k target 40 → 45", "a/n target 700 → 690");
  }

  @Test
  void renamesOnTwoBranchesMergedCountOnlyWhereTheirEntryIs() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    Git.run(ws, "branch", "-q", "two");
    mv("a/k", "a/x"); // on the first branch
    commit("glen", "2026-10-02T10:00:00Z");
    Git.run(ws, "checkout", "-q", "two");
    // Made later, on a branch that has not seen the rename: this is still the key result
    // called a/x today.
    retarget("a", "700", "650");
    commit("eve", "2026-10-03T10:00:00Z");
    mv("a/j", "a/y");
    commit("glen", "2026-10-04T10:00:00Z");
    Git.run(ws, "checkout", "-q", "-");
    Git.run(ws, "merge", "-q", "--no-edit", "two");
    // A new a/k, after both renames.
    Files.writeString(
        ws.resolve("goals/a.yaml"),
        "  - id: k\n    title: A new figure\n    baseline: 0\n    target: 40\n    unit: points\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    commit("dana", "2026-10-06T10:00:00Z");
    retarget("a", "40", "30");
    commit("dana", "2026-10-07T10:00:00Z");

    assertThat(Files.readString(ws.resolve("goals/a.yaml")))
        .contains("id: y")
        .contains("id: x")
        .contains("target: 650");
    assertHistory(
        "a/x", "2026-10-03  %s  eve  a/x  target lowered 700 → 650".formatted(hash("two~1")));
    assertHistory(
        "a/k", "2026-10-07  %s  dana  a/k  target lowered 40 → 30".formatted(hash("HEAD")));
    assertHistory("a/y");
    assertThat(goalpostWarnings())
        .containsExactlyInAnyOrder(
            "`a/x`: target lowered 700 → 650 on 2026-10-03 by eve (%s)".formatted(hash("two~1")),
            "`a/k`: target lowered 40 → 30 on 2026-10-07 by dana (%s)".formatted(hash("HEAD")));
    assertThat(reportedMoves()).containsExactly("a/k target 40 → 30", "a/x target 700 → 650");
  }

  @Test
  void onlyTheChangedFilesHistoryIsReadWithChangedSinceAndSwapsStillHold() throws IOException {
    objective("a", "j", "10", "k", "700");
    objective("other", "m", "5");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-02T10:00:00Z");
    mv("a/k", "a/t");
    mv("a/j", "a/k");
    mv("a/t", "a/j");
    commit("glen", "2026-10-03T10:00:00Z");

    assertThat(goalpostWarnings("--changed-since", "HEAD~1"))
        .containsExactly(
            "`a/j`: target lowered 700 → 600 on 2026-10-02 by eve (%s)".formatted(hash("HEAD~1")));
  }
}
