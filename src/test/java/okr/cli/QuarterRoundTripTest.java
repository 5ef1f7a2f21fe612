package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quarter's end on a copy of the Maratona example: close, rollover and mv change only what they
 * must. Every other file stays byte for byte; the journal only grows; renamed files differ only on
 * the lines that name the id.
 */
class QuarterRoundTripTest {

  @TempDir Path ws;

  private Map<Path, byte[]> snapshot() throws Exception {
    Map<Path, byte[]> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(ws)) {
      for (Path p :
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains("/.okr/"))
              .toList()) {
        files.put(ws.relativize(p), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void closeRolloverAndMvTouchOnlyWhatTheyMust() throws Exception {
    okr.TestFiles.copyTree(Path.of("examples/maratona").toAbsolutePath(), ws);
    Map<Path, byte[]> before = snapshot();

    assertThat(CliRunner.run(ws, "close", "2026-Q3", "--yes").exit()).isZero();
    assertThat(CliRunner.run(ws, "rollover", "maratona", "--to", "2026-Q4", "--yes").exit())
        .isZero();
    assertThat(CliRunner.run(ws, "mv", "weekly-climb", "climbing-per-week", "--yes").exit())
        .isZero();
    assertThat(CliRunner.run(ws, "check", "--today", "2026-09-20").out()).contains(": 0 errors");

    Map<Path, byte[]> after = snapshot();
    Path journal = Path.of("checkins/2026-11/tester.yaml");
    List<Path> edited =
        List.of(
            Path.of("kpis/weekly-climb.yaml"),
            Path.of("objectives/train.yaml"),
            Path.of("objectives/maratona-2026-q4.yaml"));
    for (Map.Entry<Path, byte[]> file : before.entrySet()) {
      if (edited.contains(file.getKey())) {
        continue;
      }
      assertThat(after.get(file.getKey()))
          .as("%s untouched", file.getKey())
          .isEqualTo(file.getValue());
    }
    assertThat(after).containsKey(journal).containsKey(Path.of("objectives/maratona-2026-q4.yaml"));
    assertThat(new String(after.get(journal))).contains("grade: 2026-Q3", "renamed: weekly-climb");
    for (Path p : List.of(Path.of("kpis/weekly-climb.yaml"), Path.of("objectives/train.yaml"))) {
      String[] old = new String(before.get(p)).split("\n", -1);
      String[] now = new String(after.get(p)).split("\n", -1);
      assertThat(now).hasSameSizeAs(old);
      for (int i = 0; i < old.length; i++) {
        if (!old[i].equals(now[i])) {
          assertThat(old[i].replace("weekly-climb", "climbing-per-week"))
              .as("%s line %d", p, i + 1)
              .isEqualTo(now[i]);
        }
      }
      assertThat(Arrays.equals(before.get(p), after.get(p))).isFalse();
    }
  }
}
