package okr.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okr.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * okr killed at random moments while it changes many files at once (SIGKILL, and SIGTERM as
 * Ctrl-C's cousin): after the next okr command, either every file changed or none did, and no
 * temporary file or intent is left. okr runs in a child JVM; the moment of the kill is drawn at
 * random around the time its write intent appears, so that most kills land inside the write.
 */
@Timeout(600)
class KilledWritesTest {

  private static final int OBJECTIVES = 200;

  @TempDir Path temp;

  private final Random random = new Random(20261201);

  private Process okr(Path ws, String... args) throws IOException {
    List<String> command = okr.ChildJvm.okr(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(ws.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("OKR_USER", "glen");
    builder.environment().put("NO_COLOR", "1");
    return builder.start();
  }

  /** How long a write lasts, from its intent appearing to the end of the process. */
  private long writeMillis = -1;

  /** Waits for {@code p}'s write intent to appear; returns false if it ended first. */
  private static boolean awaitIntent(Path ws, Process p) throws InterruptedException {
    Path intent = ws.resolve(".okr/intent");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(intent) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(0, 200_000);
    }
    return Files.exists(intent);
  }

  /**
   * Kills {@code p} at a random moment of its write: the first run of a test is not killed, to
   * measure how long the write takes; later runs are killed at a uniformly drawn moment of it (or,
   * one run in five, at a random moment before it).
   */
  private void killSomewhere(Path ws, Process p, boolean sigkill) throws InterruptedException {
    if (writeMillis < 0) {
      awaitIntent(ws, p);
      long start = System.nanoTime();
      p.waitFor(60, TimeUnit.SECONDS);
      writeMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      return;
    }
    if (random.nextInt(5) == 0) {
      Thread.sleep(100 + random.nextInt(400));
    } else {
      awaitIntent(ws, p);
      Thread.sleep(random.nextInt((int) Math.min(Integer.MAX_VALUE, writeMillis + 1)));
    }
    if (sigkill) {
      p.destroyForcibly();
    } else {
      p.destroy();
    }
    p.waitFor(30, TimeUnit.SECONDS);
  }

  private static List<Path> leftovers(Path ws) throws IOException {
    try (Stream<Path> walk = Files.walk(ws)) {
      return walk.filter(
              f ->
                  f.getFileName().toString().endsWith(".tmp")
                      || f.getFileName().toString().equals("intent"))
          .toList();
    }
  }

  private Path teamWithManyAlignedObjectives(int run) throws IOException {
    Path ws = Files.createDirectories(temp.resolve("mv-" + run));
    Files.writeString(ws.resolve("okr.yaml"), "name: Many\n");
    Files.createDirectories(ws.resolve("objectives"));
    Files.writeString(
        ws.resolve("objectives/base.yaml"),
        "kind: objective\nid: base\ntitle: The company grows\nperiod: 2026-Q4\nowner: ceo\n"
            + "key_results:\n  - id: k\n    title: Reach 100 customers\n    baseline: 0\n"
            + "    target: 100\n");
    for (int i = 0; i < OBJECTIVES; i++) {
      Files.writeString(
          ws.resolve("objectives/o" + i + ".yaml"),
          "kind: objective\nid: o"
              + i
              + "\ntitle: Team "
              + i
              + " helps the company grow\nperiod: 2026-Q4\nowner: t"
              + i
              + "\naligns_to: base   # the company\nkey_results:\n  - id: k\n"
              + "    title: Win 10 customers\n    baseline: 0\n    target: 10\n");
    }
    return ws;
  }

  /**
   * How many goal files name the old id and the new one, and whether the journal has the rename.
   */
  private static int[] idsAndRename(Path ws) throws IOException {
    int old = 0;
    int renamed = 0;
    try (Stream<Path> files = Files.list(ws.resolve("objectives"))) {
      for (Path f : files.toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains("aligns_to: base") || text.contains("id: base\n")) {
          old++;
        }
        if (text.contains("aligns_to: root") || text.contains("id: root\n")) {
          renamed++;
        }
      }
    }
    int rename = 0;
    Path checkins = ws.resolve("checkins");
    if (Files.isDirectory(checkins)) {
      try (Stream<Path> walk = Files.walk(checkins)) {
        for (Path f : walk.filter(f -> f.toString().endsWith(".yaml")).toList()) {
          if (Files.readString(f).contains("renamed: base, to: root")) {
            rename++;
          }
        }
      }
    }
    return new int[] {old, renamed, rename};
  }

  @Test
  void mvOverHundredsOfFilesKilledAtRandomIsAllOrNothing() throws Exception {
    int changed = 0;
    int unchanged = 0;
    for (int run = 0; run < 14; run++) {
      Path ws = teamWithManyAlignedObjectives(run);
      Process p = okr(ws, "mv", "base", "root", "--yes");
      killSomewhere(ws, p, run % 4 != 3);
      // The next command, whatever it is, finishes or undoes the write first.
      CliRunner.Result check = CliRunner.run(ws, "check", "--today", "2026-11-23");
      assertThat(check.err()).as("run %d", run).doesNotContain("internal error");
      int[] state = idsAndRename(ws);
      assertThat(leftovers(ws)).as("temporary files or intent left in run %d", run).isEmpty();
      if (state[1] == 0) {
        assertThat(state).as("run %d: nothing changed", run).containsExactly(OBJECTIVES + 1, 0, 0);
        unchanged++;
      } else {
        assertThat(state).as("run %d: all changed", run).containsExactly(0, OBJECTIVES + 1, 1);
        changed++;
      }
      assertThat(check.out()).as("run %d", run).contains(": 0 errors");
    }
    // Both outcomes were seen: the kills did land before and after the write's commit point.
    assertThat(changed).isPositive();
    assertThat(unchanged).isPositive();
  }

  @Test
  void aMultiMonthCsvImportKilledAtRandomIsAllOrNothingAndRunningItAgainAddsNothingTwice()
      throws Exception {
    StringBuilder csv = new StringBuilder("kpi,at,value\n");
    int rows = 0;
    for (int month = 1; month <= 10; month++) {
      for (int day = 1; day <= 28; day++) {
        csv.append(String.format(java.util.Locale.ROOT, "k,2026-%02d-%02d,%d%n", month, day, day));
        rows++;
      }
    }
    int full = 0;
    int none = 0;
    for (int run = 0; run < 12; run++) {
      Path ws = Files.createDirectories(temp.resolve("csv-" + run));
      Files.writeString(ws.resolve("okr.yaml"), "name: Import\n");
      Files.writeString(ws.resolve("k.yaml"), "kind: kpi\nid: k\ntitle: Pages read\nunit: pages\n");
      Files.writeString(ws.resolve("m.csv"), csv);
      Process p = okr(ws, "record", "--csv", "m.csv");
      killSomewhere(ws, p, run % 3 != 2);
      int count = measurements(ws);
      assertThat(leftovers(ws)).as("run %d", run).isEmpty();
      assertThat(count).as("run %d: all rows or none", run).isIn(0, rows);
      if (count == rows) {
        full++;
      } else {
        none++;
      }
      // Running the import again completes it, and a third run adds nothing.
      assertThat(CliRunner.run(ws, "record", "--csv", "m.csv").exit()).isZero();
      assertThat(measurements(ws)).isEqualTo(rows);
      CliRunner.Result again = CliRunner.run(ws, "record", "--csv", "m.csv");
      assertThat(again.exit()).isZero();
      assertThat(again.out()).contains("already");
      assertThat(measurements(ws)).isEqualTo(rows);
      assertThat(lines(ws)).as("no entry written twice").isEqualTo(rows);
    }
    assertThat(full).isPositive();
    assertThat(none).isPositive();
  }

  /** Measurements okr counts, through okr log. */
  private static int measurements(Path ws) {
    CliRunner.Result log = CliRunner.run(ws, "log", "--kind", "measurement");
    assertThat(log.exit()).as(log.err()).isZero();
    return (int) log.out().lines().filter(l -> l.contains(" kpi k ")).count();
  }

  /** Entry lines in the journal files. */
  private static int lines(Path ws) throws IOException {
    int count = 0;
    try (Stream<Path> walk = Files.walk(ws.resolve("checkins"))) {
      for (Path f : walk.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        count += (int) Files.readAllLines(f).stream().filter(l -> l.startsWith("- {")).count();
      }
    }
    return count;
  }
}
