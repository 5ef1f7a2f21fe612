package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okr.model.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes writing to one workspace at once, and processes killed with SIGKILL in the middle
 * of appending: the journal must always parse and lose nothing that was acknowledged.
 */
class JournalConcurrencyTest {

  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
    Files.writeString(ws.resolve("g.yaml"), "kind: goal\nid: g\ntitle: G\n");
  }

  private Process appender(String writer, int start, int count) throws IOException {
    return new ProcessBuilder(
            okr.ChildJvm.command(
                JournalAppender.class,
                ws.toString(),
                writer,
                Integer.toString(start),
                Integer.toString(count)))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private List<JournalEntry> journal() {
    LoadResult loaded = WorkspaceLoader.load(ws);
    assertThat(loaded.problems()).as("the journal parses cleanly").isEmpty();
    return loaded.workspace().journal();
  }

  @Test
  void eightProcessesTimesTwoHundredFiftyEntriesAllArrive() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      processes.add(appender("writer-" + w, w * 1000, 250));
    }
    for (Process p : processes) {
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    List<JournalEntry> entries = journal();
    assertThat(entries).hasSize(2000);
    Set<String> texts = new HashSet<>();
    entries.forEach(e -> texts.add(e.by() + "/" + e.progress()));
    assertThat(texts).as("no entry lost or doubled").hasSize(2000);
  }

  @Test
  void killedMidAppendTheJournalParsesAndKeepsEveryAcknowledgedEntry() throws Exception {
    Random random = new Random(42);
    Set<Integer> acknowledged = new HashSet<>();
    int next = 0;
    int kills = 0;
    while (acknowledged.size() < 1000) {
      Process p = appender("crash", next, 1000);
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300 + random.nextInt(400));
      Thread reader =
          new Thread(
              () -> {
                try {
                  String line;
                  while ((line = out.readLine()) != null) {
                    synchronized (acknowledged) {
                      acknowledged.add(Integer.parseInt(line.substring(3)));
                    }
                  }
                } catch (IOException | NumberFormatException e) {
                  // the process died mid-line: that entry was not acknowledged
                }
              });
      reader.start();
      while (System.nanoTime() < killAt && p.isAlive()) {
        Thread.sleep(5);
      }
      p.destroyForcibly(); // SIGKILL on Linux
      p.waitFor();
      reader.join();
      kills++;
      List<JournalEntry> entries = journal();
      Set<String> present = new HashSet<>();
      entries.forEach(e -> present.add(e.progress()));
      synchronized (acknowledged) {
        for (int i : acknowledged) {
          assertThat(present)
              .as("acknowledged entry %d after %d kills", i, kills)
              .contains("entry-" + i);
        }
        next = acknowledged.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
      }
    }
    assertThat(kills).isGreaterThan(1);
    // A stale lock file left by the killed processes does not block the next writer.
    Process last = appender("after", 5000, 1);
    assertThat(last.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).isZero();
  }
}
