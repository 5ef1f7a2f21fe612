package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okr.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team checks in from its own clones and git carries the journal: every way git combines work
 * (merge, pull --rebase, cherry-pick, an octopus merge) keeps every entry, once, with no conflict,
 * even when entries are made in the same second with the same content. The workspace is a copy of
 * examples/acme, whose block-format months and lack of a root .gitattributes are what an existing
 * team repository looks like. Every okr run here uses the same fixed clock: all entries are made in
 * the same second.
 */
class JournalGitTest {

  @TempDir Path temp;

  private TeamClones team;

  @BeforeEach
  void teamRepository() {
    assumeTrue(Git.installed(), "git is not installed");
    team = new TeamClones(temp);
  }

  private Path clone(String name) {
    return team.clone(name);
  }

  private static void okr(Path clone, String... args) {
    TeamClones.okr(clone, args);
  }

  private static void commit(Path clone, String message) {
    TeamClones.commit(clone, message);
  }

  /**
   * What two teammates do: {@code a} commits and pushes, then {@code b} commits and pulls with
   * {@code how} ({@code --no-rebase}: a merge; {@code --rebase}).
   */
  private static void pushThenPull(Path a, Path b, String how) {
    commit(a, "a");
    Git.run(a, "push", "-q", "origin", "main");
    commit(b, "b");
    if (how.equals("--rebase")) {
      Git.run(b, "pull", "-q", "--rebase", "origin", "main");
    } else {
      Git.run(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
    }
  }

  private static List<JsonNode> log(Path clone) throws IOException {
    return TeamClones.log(clone);
  }

  private static Set<String> ids(Path clone) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode e : log(clone)) {
      assertThat(ids.add(e.get("id").asText())).as("entry %s shown once", e).isTrue();
    }
    return ids;
  }

  /** After the merge: no conflict left, `okr check` finds no error, every entry exactly once. */
  private static void assertWhole(Path clone, Set<String> expected) throws IOException {
    assertThat(Git.run(clone, "status", "--porcelain")).as("nothing unmerged").isEmpty();
    CliRunner.Result check = CliRunner.run(clone, "check");
    assertThat(check.out()).as("okr check").contains(": 0 errors");
    assertThat(check.exit()).isZero();
    assertThat(ids(clone)).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** The same check-in, word for word, as most teams' check-ins end: `confidence: 7`. */
  private static String[] checkin(String by) {
    return new String[] {
      "checkin", "delight-customers/references", "--value", "7", "--confidence", "7", "--by", by
    };
  }

  @Test
  void threePeopleCheckInTheSameSecondWithTheSameWordsAndMerge() throws IOException {
    Path a = clone("a");
    Path b = clone("b");
    Path c = clone("c");
    Set<String> base = ids(a);
    okr(a, checkin("dana"));
    okr(b, checkin("sam"));
    okr(c, checkin("priya"));
    Set<String> all = union(union(ids(a), ids(b)), ids(c));
    assertThat(all).hasSize(base.size() + 3);
    commit(a, "dana checks in");
    Git.run(a, "push", "-q", "origin", "main");
    commit(b, "sam checks in");
    Git.run(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
    Git.run(b, "push", "-q", "origin", "main");
    commit(c, "priya checks in");
    Git.run(c, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
    assertWhole(c, all);
    assertThat(CliRunner.run(c, "log", "delight-customers/references").out())
        .contains("dana  kr delight-customers/references  7  confidence 7")
        .contains("sam  kr delight-customers/references  7  confidence 7")
        .contains("priya  kr delight-customers/references  7  confidence 7");
  }

  @Test
  void onePersonOnTwoMachinesWritesTheSameEntryTwiceAndBothStay() throws IOException {
    Path laptop = clone("laptop");
    Path desktop = clone("desktop");
    okr(laptop, checkin("dana"));
    okr(desktop, checkin("dana"));
    Set<String> all = union(ids(laptop), ids(desktop));
    commit(laptop, "from the laptop");
    Git.run(laptop, "push", "-q", "origin", "main");
    commit(desktop, "from the desktop");
    Git.run(desktop, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
    assertWhole(desktop, all);
    // Both entries are in dana's one file, and they differ only in their ids.
    List<String> lines =
        Files.readAllLines(desktop.resolve("checkins/2026-11/dana.yaml")).stream()
            .filter(l -> l.startsWith("- {"))
            .map(l -> l.replaceFirst("id: [0-9a-z]+", "id: ?"))
            .toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(lines.get(1));
  }

  @Test
  void pullRebaseKeepsBothSides() throws IOException {
    Path a = clone("a");
    Path b = clone("b");
    okr(a, checkin("dana"));
    okr(a, "record", "nps", "58", "--by", "dana");
    okr(b, checkin("dana"));
    okr(b, "record", "nps", "58", "--by", "dana");
    okr(b, checkin("sam"));
    Set<String> all = union(ids(a), ids(b));
    pushThenPull(a, b, "--rebase");
    assertWhole(b, all);
  }

  @Test
  void theSameKpiRecordedFromTwoClonesKeepsBothMeasurements() throws IOException {
    Path a = clone("a");
    Path b = clone("b");
    okr(a, "record", "activation", "55", "--by", "priya");
    okr(b, "record", "activation", "55", "--by", "priya");
    okr(b, "record", "activation", "56", "--by", "sam");
    Set<String> all = union(ids(a), ids(b));
    pushThenPull(a, b, "--no-rebase");
    assertWhole(b, all);
    assertThat(log(b).stream().filter(e -> "activation".equals(e.path("kpi").asText())).count())
        .as("measurements of activation")
        .isEqualTo(
            log(a).stream().filter(e -> "activation".equals(e.path("kpi").asText())).count() + 2);
  }

  @Test
  void anOctopusMergeOfThreeBranchesKeepsEveryEntry() throws IOException {
    Path a = clone("a");
    Set<String> all = new HashSet<>(ids(a));
    String[] people = {"dana", "sam", "priya"};
    for (String person : people) {
      Git.run(a, "checkout", "-q", "-b", person, "main");
      okr(a, checkin(person));
      okr(a, "record", "nps", "60", "--by", person);
      all.addAll(ids(a));
      commit(a, person + " checks in");
    }
    Git.run(a, "checkout", "-q", "main");
    okr(a, checkin("lee"));
    all.addAll(ids(a));
    commit(a, "lee on main");
    Git.run(a, "merge", "-q", "--no-edit", "dana", "sam", "priya");
    assertThat(Git.run(a, "log", "-1", "--format=%p").strip().split(" ")).hasSize(4);
    assertWhole(a, all);
  }

  /**
   * git's octopus strategy never uses merge attributes, so two heads that both added entries to one
   * person's file of a month cannot be octopus-merged: git stops before changing anything, and
   * merging the branches one at a time (which does use the union rule) keeps every entry.
   */
  @Test
  void anOctopusThatGitRefusesChangesNothingAndMergingInTurnKeepsEveryEntry() throws IOException {
    Path a = clone("a");
    Set<String> all = new HashSet<>(ids(a));
    for (String branch : new String[] {"one", "two"}) {
      Git.run(a, "checkout", "-q", "-b", branch, "main");
      okr(a, checkin("dana"));
      all.addAll(ids(a));
      commit(a, "dana on " + branch);
    }
    Git.run(a, "checkout", "-q", "main");
    okr(a, checkin("dana"));
    all.addAll(ids(a));
    commit(a, "dana on main");
    String head = Git.run(a, "rev-parse", "HEAD");
    Git.Result octopus = Git.tryAs("t", a, "merge", "--no-edit", "one", "two");
    assertThat(octopus.exit()).isNotZero();
    assertThat(octopus.output()).contains("Should not be doing an octopus");
    assertThat(Git.run(a, "rev-parse", "HEAD")).isEqualTo(head);
    assertThat(Git.run(a, "status", "--porcelain")).as("the octopus left nothing behind").isEmpty();
    Git.run(a, "merge", "-q", "--no-edit", "one");
    Git.run(a, "merge", "-q", "--no-edit", "two");
    assertWhole(a, all);
  }

  @Test
  void aCherryPickedCheckInMergedLaterIsCountedOnce() throws IOException {
    Path a = clone("a");
    Git.run(a, "checkout", "-q", "-b", "feature");
    okr(a, checkin("dana"));
    commit(a, "dana checks in on a branch");
    String picked = Git.run(a, "rev-parse", "HEAD").strip();
    okr(a, "record", "nps", "61", "--by", "dana");
    commit(a, "and records NPS");
    Set<String> all = ids(a);
    Git.run(a, "checkout", "-q", "main");
    Git.run(a, "cherry-pick", picked);
    okr(a, checkin("dana"));
    all.addAll(ids(a));
    commit(a, "another check-in on main");
    Git.run(a, "merge", "-q", "--no-edit", "feature");
    assertWhole(a, all);
  }

  @Test
  void oldBlockMonthsAndNewEntriesOnBothSidesMerge() throws IOException {
    Path a = clone("a");
    Path b = clone("b");
    byte[] october = Files.readAllBytes(a.resolve("checkins/2026-10.yaml"));
    byte[] november = Files.readAllBytes(a.resolve("checkins/2026-11.yaml"));
    okr(a, checkin("dana"));
    okr(
        a,
        "checkin",
        "faster-support/support-calls",
        "--value",
        "840",
        "--by",
        "sam",
        "--at",
        "2026-10-30");
    okr(b, checkin("sam"));
    okr(
        b,
        "checkin",
        "faster-support/support-calls",
        "--value",
        "840",
        "--by",
        "sam",
        "--at",
        "2026-10-30");
    Set<String> all = union(ids(a), ids(b));
    pushThenPull(a, b, "--no-rebase");
    assertWhole(b, all);
    assertThat(b.resolve("checkins/2026-10.yaml")).hasBinaryContent(october);
    assertThat(b.resolve("checkins/2026-11.yaml")).hasBinaryContent(november);
  }

  @Test
  void undoAndAmendTravelThroughAMerge() throws IOException {
    Path a = clone("a");
    Path b = clone("b");
    okr(a, checkin("dana"));
    okr(
        a,
        "checkin",
        "delight-customers/references",
        "--value",
        "8",
        "--confidence",
        "8",
        "--by",
        "dana",
        "--amend");
    okr(a, "record", "nps", "59", "--by", "dana");
    okr(a, "undo", "nps", "--yes", "--by", "dana");
    okr(b, checkin("sam"));
    Set<String> all = union(ids(a), ids(b));
    pushThenPull(a, b, "--no-rebase");
    assertWhole(b, all);
    List<JsonNode> retracted =
        log(b).stream().filter(e -> e.path("retracted").asBoolean()).toList();
    assertThat(retracted)
        .extracting(
            e -> e.path("kr").asText("") + e.path("kpi").asText("") + "=" + e.get("value").asInt())
        .containsExactlyInAnyOrder("delight-customers/references=7", "nps=59");
    assertThat(CliRunner.run(b, "show", "delight-customers", "--format", "json").out())
        .as("the amended value counts, the retracted one does not")
        .contains("\"current\" : 8");
  }

  /**
   * One clone renames a key result while another, not having seen it, keeps checking in under the
   * old id: after the merge every check-in counts for the renamed key result.
   */
  @Test
  void aKeyResultRenamedInOneCloneWhileAnotherChecksInUnderTheOldId() throws IOException {
    Path a = clone("a");
    Path b = clone("b");
    okr(a, checkin("dana"));
    okr(a, "mv", "delight-customers/references", "delight-customers/reference-customers", "--yes");
    okr(b, checkin("sam"));
    Set<String> all = union(ids(a), ids(b));
    commit(a, "a renames");
    Git.run(a, "push", "-q", "origin", "main");
    commit(b, "b checks in under the old id");
    Git.run(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
    assertWhole(b, all);
    String log = CliRunner.run(b, "log", "delight-customers/reference-customers").out();
    assertThat(log)
        .contains("dana  kr delight-customers/references  7  confidence 7")
        .contains("sam  kr delight-customers/references  7  confidence 7");
  }
}
