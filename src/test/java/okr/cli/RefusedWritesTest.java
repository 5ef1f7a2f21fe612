package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import okr.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes okr refuses before touching anything: a new file where okr never reads (or Windows cannot
 * hold), a check-in dated decades ahead, a CSV import that is not UTF-8. Each refusal is one clear
 * line, and every file of the workspace is as it was.
 */
class RefusedWritesTest {

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void workspace() throws Exception {
    ws = tmp.resolve("ws");
    TestFiles.copyTree(Path.of("examples/maratona"), ws);
    Files.createDirectories(tmp.resolve("outside"));
    Files.createSymbolicLink(ws.resolve("out"), tmp.resolve("outside"));
  }

  private CliRunner.Result okr(String... args) {
    return CliRunner.run(ws, Map.of("NO_COLOR", "1", "OKR_USER", "glen"), args);
  }

  private Map<String, String> snapshot() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(tmp)) {
      for (Path p : walk.toList()) {
        files.put(
            tmp.relativize(p).toString(),
            Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? Files.readString(p, StandardCharsets.ISO_8859_1)
                : "");
      }
    }
    return files;
  }

  @Test
  void newFilesGoOnlyWhereOkrReadsThemAndWindowsCanHoldThem() throws Exception {
    Map<String, String> before = snapshot();
    Map<String, String> refused =
        Map.ofEntries(
            Map.entry("notes.txt", "end in .yaml"),
            Map.entry("notes", "end in .yaml"),
            Map.entry(".hidden/x.yaml", "hidden"),
            Map.entry("kpis/.x.yaml", "hidden"),
            Map.entry("../x.yaml", "outside the workspace"),
            Map.entry("kpis/../../x.yaml", "outside the workspace"),
            Map.entry(tmp.resolve("outside/abs.yaml").toString(), "outside the workspace"),
            Map.entry("/x.yaml", "outside the workspace"),
            Map.entry("checkins/x.yaml", "journal"),
            Map.entry("checkins/2026-11/x.yaml", "journal"),
            Map.entry("okr.yaml", "settings"),
            Map.entry("con.yaml", "device name"),
            Map.entry("LPT1.yaml", "device name"),
            Map.entry("aux.tar.yaml", "device name"),
            Map.entry("kpis/nul/x.yaml", "device name"),
            Map.entry("com\u00B9.yaml", "device name"),
            Map.entry("out/x.yaml", "links out of the workspace"),
            Map.entry(".", "outside the workspace"));
    for (Map.Entry<String, String> e : refused.entrySet()) {
      CliRunner.Result r =
          okr("new", "goal", "--title", "T", "--due", "2026-12-31", "--file", e.getKey());
      assertThat(r.exit()).as("--file %s: %s", e.getKey(), r.err()).isEqualTo(2);
      assertThat(r.err())
          .as("--file %s", e.getKey())
          .startsWith("okr: --file ")
          .contains(e.getValue())
          .hasLineCount(1);
    }
    for (String id : List.of("con", "aux", "../x", "a/b", "Con", "lpt9")) {
      CliRunner.Result r = okr("rollover", "maratona", "--to", "2026-Q4", "--yes", "--id", id);
      assertThat(r.exit()).as("rollover --id %s: %s", id, r.err()).isEqualTo(2);
      assertThat(r.err()).as(id).startsWith("okr: --id ");
    }
    assertThat(snapshot()).isEqualTo(before);
    // where okr reads, it writes
    for (String file : List.of("goals/deep/x.yaml", "y.yml", "kpis/z.yaml")) {
      CliRunner.Result r =
          okr("new", "goal", "--title", "T " + file, "--due", "2026-12-31", "--file", file);
      assertThat(r.exit()).as("--file %s: %s", file, r.err()).isZero();
      assertThat(ws.resolve(file)).exists();
    }
    assertThat(okr("check").exit()).isZero();
  }

  @Test
  void aCheckInDatedDecadesAheadNeedsFuture() throws Exception {
    Files.writeString(
        tmp.resolve("m.csv"),
        "kpi,at,value\nweekly-climb,2026-11-20,5000\nweekly-climb,2090-01-01,1\n");
    Map<String, String> before = snapshot();
    String[][] refused = {
      {"checkin", "maratona/climb", "--value", "3000", "--at", "2090-01-01"},
      {"checkin", "maratona/climb", "--value", "3000", "--at", "2026-11-25T00:00:01Z"},
      {"record", "weekly-climb", "5800", "--at", "2090-01-01"},
      {"record", "weekly-climb", "5800", "--at", "9999-12-31"},
    };
    for (String[] args : refused) {
      String[] full = concat(args, "--today", "2026-11-23");
      CliRunner.Result r = okr(full);
      assertThat(r.exit()).as("%s: %s", List.of(full), r.err()).isEqualTo(2);
      assertThat(r.err()).contains("after tomorrow").contains("--future").hasLineCount(1);
    }
    CliRunner.Result csv =
        okr("record", "--csv", tmp.resolve("m.csv").toString(), "--today", "2026-11-23");
    assertThat(csv.exit()).isEqualTo(1);
    assertThat(csv.err()).contains("m.csv:3: `2090-01-01` is after tomorrow");
    assertThat(snapshot()).isEqualTo(before);
    // a day of slack, and --future when it is meant
    assertThat(
            okr("record", "weekly-climb", "5800", "--at", "2026-11-24", "--today", "2026-11-23")
                .exit())
        .isZero();
    CliRunner.Result future =
        okr(
            "record",
            "weekly-climb",
            "5800",
            "--at",
            "2090-01-01",
            "--future",
            "--today",
            "2026-11-23");
    assertThat(future.exit()).as(future.err()).isZero();
    assertThat(okr("record", "--csv", tmp.resolve("m.csv").toString(), "--future").exit()).isZero();
  }

  @Test
  void aCsvThatIsNotUtf8NamesTheFileLineAndColumn() throws Exception {
    byte[] latin1 =
        "kpi,at,value\nweekly-climb,2026-11-20,5000\nweekly-climb,2026-11-21,50\u00E9\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(tmp.resolve("m.csv"), latin1);
    Files.write(tmp.resolve("t.csv"), new byte[] {'k', ',', (byte) 0xE2, (byte) 0x82});
    Map<String, String> before = snapshot();
    CliRunner.Result r = okr("record", "--csv", tmp.resolve("m.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            tmp.resolve("m.csv")
                + ":3:27: not UTF-8 (byte 0xE9); save the file as UTF-8\n"
                + "okr: nothing was imported\n");
    // a sequence cut short at the very end of the file
    r = okr("record", "--csv", tmp.resolve("t.csv").toString());
    assertThat(r.err()).startsWith(tmp.resolve("t.csv") + ":1:3: not UTF-8 (byte 0xE2)");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aLockHeldPastTheWaitSaysAnotherOkrIsWriting() throws Exception {
    Files.createDirectories(ws.resolve(".okr"));
    Map<String, String> before = snapshot();
    try (java.nio.channels.FileChannel channel =
            java.nio.channels.FileChannel.open(
                ws.resolve(".okr/lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held = channel.lock()) {
      before = snapshot();
      CliRunner.Result r = okr("record", "weekly-climb", "5800");
      assertThat(r.exit()).isEqualTo(ExitCode.IO_OR_INTERNAL);
      assertThat(r.err())
          .isEqualTo("okr: another okr is writing here; nothing was written, try again\n");
      assertThat(snapshot()).isEqualTo(before);
    }
    assertThat(okr("record", "weekly-climb", "5800").exit()).isZero(); // once it is let go
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
