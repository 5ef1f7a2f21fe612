package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okr.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `okr edit` with real editor processes: which editor runs, how its variable is split, and that it
 * opens at the item's line. The transcripts of each outcome (clean, errors, rescue, conflict,
 * editor failure) are golden cases in cli/edit/.
 */
class EditCommandTest {

  @TempDir Path tmp;

  @Test
  void theEditorIsChosenAsGitChoosesIt() {
    assertThat(editor(Map.of()).command()).isEqualTo("vi");
    assertThat(editor(Map.of("EDITOR", "nano")).command()).isEqualTo("nano");
    assertThat(editor(Map.of("EDITOR", "nano", "VISUAL", "emacs")).command()).isEqualTo("emacs");
    assertThat(editor(Map.of("EDITOR", "nano", "VISUAL", "emacs", "OKR_EDITOR", "mg")).command())
        .isEqualTo("mg");
    assertThat(editor(Map.of("VISUAL", "", "EDITOR", "nano")).command()).isEqualTo("nano");
  }

  @Test
  void aValueWithSpacesRunsThroughTheShellAndKnownEditorsGetTheLine() {
    Path file = Path.of("/w/.okr/edit/x.yaml");
    assertThat(editor(Map.of("EDITOR", "vim")).commandLine(file, 12))
        .containsExactly("vim", "+12", "/w/.okr/edit/x.yaml");
    assertThat(editor(Map.of("EDITOR", "/usr/bin/nvim -u NONE")).commandLine(file, 12))
        .containsExactly(
            "sh",
            "-c",
            "/usr/bin/nvim -u NONE \"$@\"",
            "/usr/bin/nvim -u NONE",
            "+12",
            "/w/.okr/edit/x.yaml");
    assertThat(editor(Map.of("VISUAL", "code --wait")).commandLine(file, 12))
        .endsWith("--goto", "/w/.okr/edit/x.yaml:12");
    assertThat(editor(Map.of("EDITOR", "gedit")).commandLine(file, 12))
        .containsExactly("gedit", "/w/.okr/edit/x.yaml");
    // Line 1 is where every editor opens anyway.
    assertThat(editor(Map.of("EDITOR", "vim")).commandLine(file, 1))
        .containsExactly("vim", "/w/.okr/edit/x.yaml");
  }

  @Test
  void aKnownEditorOpensAtTheKeyResultsLine() throws Exception {
    Path ws = maratona();
    Path vim = script(tmp.resolve("bin/vim"), "printf '%s\\n' \"$@\" > " + tmp.resolve("args"));
    CliRunner.Result result = edit(ws, Map.of("EDITOR", vim.toString()), "maratona/time");
    assertThat(result.out()).isEqualTo("No changes to objectives/maratona.yaml.\n");
    List<String> args = Files.readAllLines(tmp.resolve("args"));
    assertThat(args).hasSize(2);
    int line = Integer.parseInt(args.get(0).substring(1));
    assertThat(Files.readAllLines(ws.resolve("objectives/maratona.yaml")).get(line - 1))
        .isEqualTo("  - id: time");
    assertThat(args.get(1)).endsWith(".okr/edit/maratona.yaml");
  }

  @Test
  void anInitiativeRefOpensAtTheInitiativesLine() throws Exception {
    Path ws = maratona();
    Path vim = script(tmp.resolve("bin/vim"), "printf '%s\\n' \"$@\" > " + tmp.resolve("args"));
    CliRunner.Result result = edit(ws, Map.of("EDITOR", vim.toString()), "maratona/hill-rides");
    assertThat(result.out()).isEqualTo("No changes to objectives/maratona.yaml.\n");
    int line = Integer.parseInt(Files.readAllLines(tmp.resolve("args")).get(0).substring(1));
    assertThat(Files.readAllLines(ws.resolve("objectives/maratona.yaml")).get(line - 1))
        .startsWith("  - id: hill-rides");
  }

  @Test
  void aQuotedPathWithSpacesAndItsOwnArgumentsRuns() throws Exception {
    Path ws = maratona();
    Path editor =
        script(
            tmp.resolve("my editors/code"),
            "printf '%s\\n' \"$@\" > "
                + tmp.resolve("args")
                + "\n"
                + "for last; do :; done\n"
                + "f=${last%:*}\n"
                + "sed -i 's/^title: .*/title: Ride it/' \"$f\"");
    CliRunner.Result result =
        edit(ws, Map.of("VISUAL", "'" + editor + "' --wait"), "kpis/weekly-climb.yaml");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("Updated kpis/weekly-climb.yaml.\n");
    assertThat(Files.readAllLines(tmp.resolve("args"))).first().isEqualTo("--wait");
    assertThat(Files.readString(ws.resolve("kpis/weekly-climb.yaml"))).contains("title: Ride it");
    assertThat(ws.resolve(".okr/edit")).isEmptyDirectory();
  }

  @Test
  void aRescueNeverOverwritesAnEarlierOne() throws Exception {
    Path ws = maratona();
    Path editor = script(tmp.resolve("bin/breaks"), "sed -i 's/^period: .*/period: never/' \"$1\"");
    for (int i = 0; i < 2; i++) {
      assertThat(edit(ws, Map.of("EDITOR", editor.toString()), "maratona").exit()).isEqualTo(1);
    }
    assertThat(ws.resolve(".okr/rescued/maratona.yaml")).content().contains("period: never");
    assertThat(ws.resolve(".okr/rescued/maratona-2.yaml")).content().contains("period: never");
    assertThat(ws.resolve("objectives/maratona.yaml")).content().contains("period: 2026-Q3");
  }

  @Test
  void anEditThatBreaksAnotherFileIsRefusedAndOtherFilesOldErrorsDoNotBlock() throws Exception {
    Path ws = maratona();
    // An error another file already had is not the edit's: the edit still goes through.
    Files.writeString(
        ws.resolve("kpis/resting-hr.yaml"),
        Files.readString(ws.resolve("kpis/resting-hr.yaml")).replace("unit: bpm", "unit: [bpm]"));
    Path retitle = script(tmp.resolve("bin/retitle"), "sed -i 's/^title: .*/title: T/' \"$1\"");
    CliRunner.Result clean = edit(ws, Map.of("EDITOR", retitle.toString()), "weekly-climb");
    assertThat(clean.exit()).as(clean.err()).isZero();
    // Renaming a key result by hand leaves the journal's entries naming the old id.
    Path rename = script(tmp.resolve("bin/rename"), "sed -i 's/- id: climb/- id: up/' \"$1\"");
    CliRunner.Result refused = edit(ws, Map.of("EDITOR", rename.toString()), "maratona/climb");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err())
        .contains("checkins/2026-07.yaml:", "error[unknown-ref]", "maratona/climb")
        .doesNotContain("resting-hr");
    assertThat(ws.resolve("objectives/maratona.yaml")).content().contains("- id: climb");
  }

  /**
   * Copies a killed okr edit left in .okr/edit/: one untouched for a day whose okr is gone is
   * removed when it holds a goal file's text, else kept in .okr/rescued/; one an okr edit still has
   * open, or younger than a day, stays.
   */
  @Test
  void copiesLeftByAKilledEditAreClearedAfterADayAndTheirTextKept() throws Exception {
    Path ws = maratona();
    Path edits = Files.createDirectories(ws.resolve(".okr/edit"));
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long twoDaysAgo = System.currentTimeMillis() - 2 * 86_400_000L;
    Path unchanged =
        leftover(edits, "maratona.yaml", Files.readString(ws.resolve("objectives/maratona.yaml")));
    owner(unchanged, gone.pid() + "");
    Path typed = leftover(edits, "weekly-climb-2.yaml", "kind: kpi\ntitle: half typed\n");
    Path open = leftover(edits, "resting-hr.yaml", "kind: kpi\ntitle: still open\n");
    ProcessHandle self = ProcessHandle.current();
    owner(
        open,
        self.pid()
            + self.info().startInstant().map(start -> " " + start.toEpochMilli()).orElse(""));
    for (Path old : List.of(unchanged, typed, open)) {
      Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(twoDaysAgo));
    }
    Path young = leftover(edits, "young.yaml", "kind: kpi\n");

    CliRunner.Result result = edit(ws, Map.of("EDITOR", "true"), "maratona");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.err())
        .isEqualTo(
            "okr: an earlier edit, ended before okr could apply it, left its text; kept in"
                + " .okr/rescued/weekly-climb-2.yaml\n");
    assertThat(ws.resolve(".okr/rescued/weekly-climb-2.yaml"))
        .hasContent("kind: kpi\ntitle: half typed\n");
    assertThat(unchanged).doesNotExist();
    assertThat(typed).doesNotExist();
    assertThat(open).exists();
    assertThat(young).exists();
    try (java.util.stream.Stream<Path> left = Files.list(edits)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("resting-hr.yaml", ".resting-hr.yaml.owner", "young.yaml");
    }
  }

  private static Path leftover(Path edits, String name, String text) throws Exception {
    return Files.writeString(edits.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void owner(Path copy, String process) throws Exception {
    Files.writeString(
        copy.resolveSibling("." + copy.getFileName() + ".owner"), process, StandardCharsets.UTF_8);
  }

  /** A pipe where the copy was is named as one, and okr does not wait to read it. */
  @Test
  void anEditorThatLeavesAPipeIsToldApart() throws Exception {
    Path ws = maratona();
    Path editor = script(tmp.resolve("bin/fifo"), "rm \"$1\" && mkfifo \"$1\"");
    CliRunner.Result result = edit(ws, Map.of("EDITOR", editor.toString()), "maratona");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "okr: the editor left a pipe at .okr/edit/maratona.yaml, not a file; nothing was"
                + " applied to objectives/maratona.yaml\n");
  }

  private Path maratona() throws Exception {
    Path ws = tmp.resolve("ws");
    TestFiles.copyTree(Path.of("examples/maratona"), ws);
    return ws;
  }

  private static Path script(Path path, String body) throws Exception {
    Files.createDirectories(path.getParent());
    Files.writeString(path, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    Assumptions.assumeTrue(path.toFile().setExecutable(true), "cannot make scripts executable");
    return path;
  }

  private static CliRunner.Result edit(Path ws, Map<String, String> editorEnv, String ref) {
    Map<String, String> env = new HashMap<>(editorEnv);
    env.put("NO_COLOR", "1");
    env.put("OKR_USER", "glen");
    env.put("OKR_TODAY", "2026-11-23");
    return CliRunner.run(ws, env, "edit", ref);
  }

  private static Editor editor(Map<String, String> env) {
    return Editor.of(
        new Context(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            env,
            Clock.systemUTC(),
            Path.of("."),
            false));
  }
}
