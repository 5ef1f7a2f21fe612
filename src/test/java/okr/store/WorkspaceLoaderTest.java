package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.KeyResult;
import okr.model.Objective;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLoaderTest {

  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
  }

  private Path write(String name, String text) throws Exception {
    Path file = ws.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> rules(LoadResult result) {
    return result.problems().stream().map(Diagnostic::rule).toList();
  }

  @Test
  void readsAnObjectiveWithThePlaceOfEveryValue() throws Exception {
    Path file =
        write(
            "o.yaml",
            """
            kind: objective
            id: grow
            title: Customers love us
            period: 2026-Q4
            key_results:
              - id: nps
                title: Raise NPS
                baseline: 50
                target: 70
            """);
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.problems()).isEmpty();
    Objective objective = result.workspace().objectives().get(0);
    assertThat(objective.spans().at("period"))
        .satisfies(
            s -> {
              assertThat(s.file()).isEqualTo(file);
              assertThat(s.line()).isEqualTo(4);
              assertThat(s.column()).isEqualTo(9);
            });
    KeyResult kr = objective.keyResults().get(0);
    assertThat(kr.target()).isEqualTo(70.0);
    assertThat(kr.spans().at("target").line()).isEqualTo(9);
    assertThat(kr.spans().at("target").column()).isEqualTo(13);
  }

  @Test
  void yaml12KeepsNoAndOnAsText() throws Exception {
    write("g.yaml", "kind: goal\nid: g\ntitle: NO\nowner: on\nteam: off\nnotes: yes\n");
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.problems()).isEmpty();
    var goal = result.workspace().goals().get(0);
    assertThat(goal.header().title()).isEqualTo("NO");
    assertThat(goal.header().owner()).isEqualTo("on");
    assertThat(goal.header().team()).isEqualTo("off");
    assertThat(goal.header().notes()).isEqualTo("yes");
  }

  @Test
  void numbersInOtherNotationsAreRejectedNotReinterpreted() throws Exception {
    for (String notation : List.of("012", "0x1F", "1_000", "0o17", "+.inf", ".NaN", "1e999")) {
      write(
          "g.yaml",
          "kind: goal\nid: g\ntitle: T\nmeasure: {baseline: 0, target: " + notation + "}\n");
      LoadResult result = WorkspaceLoader.load(ws);
      assertThat(rules(result)).as(notation).containsExactly("invalid-number");
      assertThat(result.workspace().goals().get(0).measure().target()).as(notation).isNull();
    }
  }

  @Test
  void plainDecimalsAreRead() throws Exception {
    write("g.yaml", "kind: goal\nid: g\ntitle: T\nmeasure: {baseline: -1.5, target: 2e3}\n");
    var measure = WorkspaceLoader.load(ws).workspace().goals().get(0).measure();
    assertThat(measure.baseline()).isEqualTo(-1.5);
    assertThat(measure.target()).isEqualTo(2000.0);
  }

  @Test
  void aFileOverOneMebibyteIsRejectedBeforeReading() throws Exception {
    write("big.yaml", "kind: goal\nnotes: \"" + "x".repeat(1024 * 1024) + "\"\n");
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(rules(result)).containsExactly("file-too-large");
    assertThat(result.hasText(ws.resolve("big.yaml"))).isFalse();
  }

  @Test
  void crlfAndTabsAndNoFinalNewlineAreFine() throws Exception {
    write("g.yaml", "kind: goal\r\nid: g\r\ntitle: \"T\tab\"\r\nowner: me");
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.problems()).isEmpty();
    assertThat(result.workspace().goals().get(0).header().title()).isEqualTo("T\tab");
  }

  @Test
  void hiddenFoldersJournalAndIgnoredPathsAreNotGoalFiles() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "ignore: [drafts/, '*.tmp.yaml']\n");
    write(".okr/state.yaml", "not: a goal\n");
    write(".github/workflows/ci.yml", "on: push\n");
    write("drafts/idea.yaml", "title: half-baked\n");
    write("scratch.tmp.yaml", "x: 1\n");
    write("g.yml", "kind: goal\nid: g\ntitle: T\n");
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.problems()).isEmpty();
    assertThat(result.workspace().goals()).hasSize(1);
  }

  @Test
  void aFolderNamedLikeAYamlFileIsWalkedNotRead() throws Exception {
    Files.createDirectories(ws.resolve("x.yaml"));
    write("x.yaml/g.yaml", "kind: goal\nid: g\ntitle: T\n");
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.problems()).isEmpty();
    assertThat(result.workspace().goals()).hasSize(1);
  }

  @Test
  void symlinksOutOfTheWorkspaceAreNotFollowed(@TempDir Path outside) throws Exception {
    Path secret = outside.resolve("secret.yaml");
    Files.writeString(secret, "kind: goal\nid: secret\ntitle: Outside\n");
    Files.createSymbolicLink(ws.resolve("link.yaml"), secret);
    Files.createSymbolicLink(ws.resolve("linked-dir"), outside);
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.workspace().goals()).isEmpty();
    assertThat(rules(result)).containsOnly("symlink-outside").hasSize(2);
  }

  @Test
  void aJournalFolderLinkedOutOfTheWorkspaceIsNotRead(@TempDir Path outside) throws Exception {
    write("o.yaml", "kind: goal\nid: g\ntitle: T\n");
    Files.writeString(
        outside.resolve("2026-10.yaml"), "- {at: 2026-10-01T12:00:00Z, goal: g, value: 1}\n");
    Files.createSymbolicLink(ws.resolve("checkins"), outside);
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.workspace().journal()).isEmpty();
    assertThat(rules(result)).containsExactly("symlink-outside");
  }

  @Test
  void aJournalFolderLinkedToItselfIsSaid() throws Exception {
    Files.createSymbolicLink(ws.resolve("checkins"), ws.resolve("checkins"));
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(rules(result)).containsExactly("broken-symlink");
  }

  @Test
  void symlinksInsideTheWorkspaceAreFollowedOnceAndLoopsEnd() throws Exception {
    write("real/g.yaml", "kind: goal\nid: g\ntitle: T\n");
    Files.createSymbolicLink(ws.resolve("real/loop"), ws.resolve("real"));
    Files.createSymbolicLink(ws.resolve("self.yaml"), ws.resolve("self.yaml"));
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.workspace().goals()).hasSize(1);
    // both loops are said: the folder that leads back to itself and the file linked to itself
    assertThat(rules(result)).containsExactly("broken-symlink", "broken-symlink");
  }

  @Test
  void anUnreadableFileIsReportedAndTheRestIsRead() throws Exception {
    Path locked = write("locked.yaml", "kind: goal\nid: l\ntitle: L\n");
    write("open.yaml", "kind: goal\nid: o\ntitle: O\n");
    locked.toFile().setReadable(false);
    try {
      LoadResult result = WorkspaceLoader.load(ws);
      if (Files.isReadable(locked)) {
        return; // running as root: permissions do not apply
      }
      assertThat(rules(result)).containsExactly("unreadable");
      assertThat(result.workspace().goals()).hasSize(1);
    } finally {
      locked.toFile().setReadable(true);
    }
  }

  @Test
  void journalEntriesAreSortedByTime() throws Exception {
    write("o.yaml", "kind: goal\nid: g\ntitle: T\n");
    write(
        "checkins/2026-11.yaml",
        "- at: 2026-11-20T10:00:00+01:00\n  goal: g\n  value: 2\n"
            + "- at: 2026-11-02\n  goal: g\n  value: 1\n");
    write("checkins/2026-10.yaml", "# empty month\n");
    LoadResult result = WorkspaceLoader.load(ws);
    assertThat(result.problems()).isEmpty();
    assertThat(result.workspace().journal()).extracting(e -> e.value()).containsExactly(1.0, 2.0);
  }
}
