package okr.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a write, for real: okr runs in a child JVM under {@code ulimit -f},
 * so the kernel refuses the write of the new journal with EFBIG exactly as a full disk refuses it
 * with ENOSPC (HotSpot ignores the SIGXFSZ that comes with it). No privileges are needed, unlike a
 * small tmpfs.
 */
@Timeout(120)
class DiskFullTest {

  private static final String JOURNAL = "checkins/2026-09/glen.yaml";

  @TempDir Path ws;

  private record Run(int exit, String stdout, String stderr) {}

  /** okr in a child JVM; {@code limitBytes} caps the size of any file it writes. */
  private Run okr(Long limitBytes, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    // ulimit -f counts 512-byte blocks in sh (POSIX) but 1024-byte ones in bash: the limit is
    // chosen so that either way it lies below the journal's current size.
    String limit = limitBytes == null ? "unlimited" : Long.toString(limitBytes / 1024);
    command.addAll(List.of("/bin/sh", "-c", "ulimit -f " + limit + "; exec \"$0\" \"$@\"", java));
    command.addAll(
        List.of(
            "-XX:-UsePerfData",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "okr.Main"));
    command.addAll(Arrays.asList(args));
    Path out = Files.createTempFile("okr", ".out");
    Path err = Files.createTempFile("okr", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(ws.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put("NO_COLOR", "1");
      builder.environment().put("OKR_USER", "glen");
      int exit = builder.start().waitFor();
      return new Run(
          exit,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private List<String> checkinsFolder() throws IOException {
    try (Stream<Path> list = Files.list(ws.resolve(JOURNAL).getParent())) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void assertRefusedAndUnchanged(Run run, byte[] before, List<String> folderBefore)
      throws IOException {
    assertThat(run.exit()).as("exit code, not SIGXFSZ (153)").isEqualTo(3);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr())
        .isEqualTo(
            "okr: cannot write " + JOURNAL + ": file too large; nothing was written to it\n");
    assertThat(Files.readAllBytes(ws.resolve(JOURNAL))).as("journal bytes").isEqualTo(before);
    assertThat(checkinsFolder()).as("no temporary file left").isEqualTo(folderBefore);
  }

  @Test
  void aFullDiskFailsTheWriteWithOneLineAndTheJournalAsItWas() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for ulimit");
    okr.TestFiles.copyTree(Path.of("examples/maratona").toAbsolutePath(), ws);
    // glen's journal file of the month, a few KiB long: ulimit counts whole blocks, and the limit
    // must leave room for what okr prints on stderr
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines
          .append("- {id: e")
          .append(i)
          .append(", at: 2026-09-2")
          .append(i % 3)
          .append("T07:00:00Z,");
      lines.append(" by: glen, kpi: resting-hr, value: ").append(50 + i % 5).append("}\n");
    }
    Files.createDirectories(ws.resolve(JOURNAL).getParent());
    Files.writeString(ws.resolve(JOURNAL), lines);
    byte[] before = Files.readAllBytes(ws.resolve(JOURNAL));
    List<String> folderBefore = checkinsFolder();
    long limit = before.length; // any limit below the new size: the old bytes fit, the new do not

    assertRefusedAndUnchanged(
        okr(limit, "record", "finish-time", "8.5", "--today", "2026-09-23"), before, folderBefore);
    assertRefusedAndUnchanged(
        okr(limit, "checkin", "maratona/climb", "--value", "4100", "--today", "2026-09-23"),
        before,
        folderBefore);

    // With room again, the next run works and the old bytes are still the journal's start.
    Run next = okr(null, "record", "finish-time", "8.5", "--today", "2026-09-23");
    assertThat(next.exit()).as(next.stderr()).isZero();
    assertThat(next.stdout()).isEqualTo("Recorded 1 measurement in " + JOURNAL + ".\n");
    byte[] after = Files.readAllBytes(ws.resolve(JOURNAL));
    assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
    assertThat(new String(after, StandardCharsets.UTF_8)).endsWith(", value: 8.5}\n");
    assertThat(checkinsFolder()).isEqualTo(folderBefore);
  }
}
