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

  /** The git repository. */
  @TempDir Path repo;

  /** The workspace: the repository's top, or a folder in it. */
  private Path ws;

  private static final Map<String, String> ENV = GoalHistoryGitTest.ENV;

  @BeforeEach
  void repository() throws IOException {
    assumeTrue(Git.installed(), "git is not installed");
    ws = repo;
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

  /** Swaps two ids with okr mv, through a temporary one, as a user would. */
  private void swap(String one, String other, String temporary) {
    mv(one, temporary);
    mv(other, one);
    mv(temporary, other);
  }

  private CliRunner.Result okr(String... args) {
    return CliRunner.run(ws, ENV, args);
  }

  private String hash(String rev) {
    return Git.run(ws, "rev-parse", "--short=7", rev).strip();
  }

  /**
   * One goalpost moved: of key result {@code ref}, on {@code day} by {@code author} in commit
   * {@code rev} (null: not committed), e.g. "target lowered 700 → 600".
   */
  private record Move(String ref, String day, String author, String rev, String change) {

    String field() {
      return change.substring(0, change.indexOf(' '));
    }

    String before() {
      return change.substring(change.lastIndexOf(' ', change.indexOf(" → ") - 1) + 1)
          .split(" → ")[0];
    }

    String after() {
      return change.substring(change.indexOf(" → ") + 3);
    }
  }

  private static Move move(String ref, String day, String author, String rev, String change) {
    return new Move(ref, day, author, rev, change);
  }

  private static Move uncommitted(String ref, String change) {
    return new Move(ref, null, null, null, change);
  }

  /**
   * Asserts that exactly {@code moves} happened, each told of its key result and no other, in what
   * a user sees: okr history (text and JSON) of each key result named, and of each of {@code
   * unchanged}, okr check's goalpost-moved warnings and the report's goalposts_moved.
   */
  private void assertMoves(List<String> unchanged, Move... moves) {
    java.util.Map<String, List<Move>> byRef = new java.util.LinkedHashMap<>();
    unchanged.forEach(ref -> byRef.put(ref, List.of()));
    for (Move m : moves) {
      byRef.merge(
          m.ref(),
          List.of(m),
          (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }
    byRef.forEach(this::assertHistory);
    List<String> warnings = new java.util.ArrayList<>();
    List<String> reported = new java.util.ArrayList<>();
    for (Move m : moves) {
      warnings.add(
          "`"
              + m.ref()
              + "`: "
              + m.change()
              + (m.rev() == null
                  ? ", not committed yet"
                  : " on %s by %s (%s)".formatted(m.day(), m.author(), hash(m.rev()))));
      reported.add(m.ref() + " " + m.field() + " " + m.before() + " → " + m.after());
    }
    assertThat(goalpostWarnings()).containsExactlyInAnyOrderElementsOf(warnings);
    assertThat(reportedMoves()).containsExactlyInAnyOrderElementsOf(reported);
  }

  /** okr history REF, in text and JSON, holds exactly these moves, oldest first. */
  private void assertHistory(String ref, List<Move> moves) {
    CliRunner.Result history = okr("history", ref);
    assertThat(history.exit()).as(history.err()).isZero();
    if (moves.isEmpty()) {
      assertThat(history.out()).startsWith("no changes");
    } else {
      assertThat(history.out().lines().toList())
          .as("okr history %s", ref)
          .containsExactlyElementsOf(
              moves.stream()
                  .map(
                      m ->
                          (m.rev() == null
                                  ? "uncommitted"
                                  : m.day() + "  " + hash(m.rev()) + "  " + m.author())
                              + "  "
                              + m.ref()
                              + "  "
                              + m.change())
                  .toList());
    }
    List<String> json = moves(okr("history", ref, "--format", "json").out(), "changes");
    assertThat(json)
        .as("okr history %s --format json", ref)
        .containsExactlyElementsOf(
            moves.stream()
                .map(m -> m.ref() + " " + m.field() + " " + m.before() + " → " + m.after())
                .toList());
  }

  /** The goalpost-moved warnings of okr check, each `ref`: description. */
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

  /** The report's goalposts_moved, as "ref field before → after". */
  private List<String> reportedMoves() {
    return moves(okr("report", "--period", "2026-Q4", "--format", "json").out(), "goalposts_moved");
  }

  /** The changes listed under {@code key} of a JSON document, as "ref field before → after". */
  private static List<String> moves(String json, String key) {
    List<String> moves = new java.util.ArrayList<>();
    try {
      var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      for (var move : root.get(key)) {
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
    return moves;
  }

  @Test
  void aSwapThroughATemporaryIdInOneCommit() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "10", "20");
    commit("dana", "2026-10-02T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-03T10:00:00Z");
    swap("a/k", "a/j", "a/t");
    commit("glen", "2026-10-04T10:00:00Z");
    retarget("a", "600", "500"); // j now: the key result that was k
    commit("eve", "2026-10-05T10:00:00Z");

    assertMoves(
        List.of(),
        move("a/k", "2026-10-02", "dana", "HEAD~3", "target raised 10 → 20"),
        move("a/j", "2026-10-03", "eve", "HEAD~2", "target lowered 700 → 600"),
        move("a/j", "2026-10-05", "eve", "HEAD", "target lowered 600 → 500"));
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

    assertMoves(
        List.of(),
        move("a/j", "2026-10-03", "eve", "HEAD~3", "target lowered 700 → 650"),
        move("a/k", "2026-10-05", "dana", "HEAD~1", "target raised 10 → 15"));
  }

  @Test
  void aSwapNotCommittedYet() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-03T10:00:00Z");
    swap("a/k", "a/j", "a/t");
    retarget("a", "10", "5"); // k now: the one that was j; not committed either

    assertMoves(
        List.of(),
        move("a/j", "2026-10-03", "eve", "HEAD", "target lowered 700 → 600"),
        uncommitted("a/k", "target lowered 10 → 5"));
  }

  @Test
  void aSwapAndATargetChangedInTheSameCommit() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    swap("a/k", "a/j", "a/t");
    retarget("a", "700", "300"); // j now: the one that was k
    commit("eve", "2026-10-02T10:00:00Z");

    assertMoves(
        List.of("a/k"), move("a/j", "2026-10-02", "eve", "HEAD", "target lowered 700 → 300"));
  }

  @Test
  void aSwapOfObjectives() throws IOException {
    objective("x", "m", "10");
    objective("y", "m", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("x", "10", "20");
    commit("dana", "2026-10-02T10:00:00Z");
    swap("x", "y", "tmp");
    commit("glen", "2026-10-03T10:00:00Z");
    retarget("y", "700", "650"); // y.yaml holds the objective that was y, now called x
    commit("eve", "2026-10-04T10:00:00Z");

    assertMoves(
        List.of(),
        move("y/m", "2026-10-02", "dana", "HEAD~2", "target raised 10 → 20"),
        move("x/m", "2026-10-04", "eve", "HEAD", "target lowered 700 → 650"));
    // An objective's history is its key results'.
    assertThat(okr("history", "y").out()).isEqualTo(okr("history", "y/m").out());
    assertThat(okr("history", "x").out()).isEqualTo(okr("history", "x/m").out());
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

    assertMoves(
        List.of(),
        move("o/c", "2026-10-02", "dana", "HEAD~3", "target raised 10 → 11"),
        move("o/a", "2026-10-02", "dana", "HEAD~3", "target raised 200 → 220"),
        move("o/b", "2026-10-02", "dana", "HEAD~3", "target raised 3000 → 3300"),
        move("o/a", "2026-10-05", "eve", "HEAD", "target lowered 220 → 210"));
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

    assertMoves(
        List.of(),
        move("a/k", "2026-10-02", "dana", "HEAD~4", "target lowered 700 → 650"),
        move("a/k", "2026-10-04", "eve", "HEAD~2", "target lowered 650 → 600"),
        move("a/k", "2026-10-06", "eve", "HEAD", "target lowered 600 → 550"));
    // a/b is no key result's name now: okr history says so, and where the one it named went.
    CliRunner.Result past = okr("history", "a/b");
    assertThat(past.exit()).isEqualTo(2);
    assertThat(past.out()).isEmpty();
    assertThat(past.err())
        .contains("`a/b` is not a name in use now")
        .contains("`a/k` today")
        .contains("okr history a/k");
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

    assertMoves(
        List.of("a/k"), move("a/n", "2026-10-02", "eve", "HEAD", "target lowered 700 → 650"));
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

    assertMoves(
        List.of(),
        move("a/k", "2026-10-03", "eve", "HEAD", "target raised 40 → 45"),
        uncommitted("a/n", "target lowered 700 → 690"));
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
    assertMoves(
        List.of("a/y"),
        move("a/x", "2026-10-03", "eve", "two~1", "target lowered 700 → 650"),
        move("a/k", "2026-10-07", "dana", "HEAD", "target lowered 40 → 30"));
  }

  @Test
  void onlyTheChangedFilesHistoryIsReadWithChangedSinceAndSwapsStillHold() throws IOException {
    objective("a", "j", "10", "k", "700");
    objective("other", "m", "5");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-02T10:00:00Z");
    swap("a/k", "a/j", "a/t");
    commit("glen", "2026-10-03T10:00:00Z");

    assertThat(goalpostWarnings("--changed-since", "HEAD~1"))
        .containsExactly(
            "`a/j`: target lowered 700 → 600 on 2026-10-02 by eve (%s)".formatted(hash("HEAD~1")));
  }

  @Test
  void aWorkspaceInAFolderOfTheRepositoryFindsItsJournalInEveryCommit() throws IOException {
    ws = repo.resolve("team/okrs");
    Files.createDirectories(ws);
    Files.writeString(ws.resolve("okr.yaml"), "name: Team\n");
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-02T10:00:00Z");
    swap("a/k", "a/j", "a/t");
    commit("glen", "2026-10-03T10:00:00Z");

    assertMoves(
        List.of("a/k"), move("a/j", "2026-10-02", "eve", "HEAD~1", "target lowered 700 → 600"));
  }

  @Test
  void renamesInTheBlockFormOfTheFirstJournalsCountFromTheirCommitToo() throws IOException {
    objective("a", "j", "10", "k", "700");
    commit("dana", "2026-10-01T10:00:00Z");
    retarget("a", "700", "600");
    commit("eve", "2026-10-02T10:00:00Z");
    // A swap written by hand, as journals were before entries had ids: no `id:`, so each entry
    // is named by its content.
    Path file = ws.resolve("goals/a.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replace("id: k", "id: t")
            .replace("id: j", "id: k")
            .replace("id: t", "id: j"));
    Files.createDirectories(ws.resolve("checkins"));
    StringBuilder journal = new StringBuilder();
    String[][] renames = {{"a/k", "a/t"}, {"a/j", "a/k"}, {"a/t", "a/j"}};
    for (int i = 0; i < renames.length; i++) {
      journal.append(
          "- at: 2026-10-03T10:0%d:00Z\n  by: glen\n  renamed: %s\n  to: %s\n"
              .formatted(i, renames[i][0], renames[i][1]));
    }
    Files.writeString(ws.resolve("checkins/2026-10.yaml"), journal.toString());
    commit("glen", "2026-10-03T10:00:00Z");
    retarget("a", "10", "20"); // k now: the one that was j
    commit("dana", "2026-10-04T10:00:00Z");

    assertThat(okr("check").out()).doesNotContain("error[");
    assertMoves(
        List.of(),
        move("a/j", "2026-10-02", "eve", "HEAD~2", "target lowered 700 → 600"),
        move("a/k", "2026-10-04", "dana", "HEAD", "target raised 10 → 20"));
  }
}
