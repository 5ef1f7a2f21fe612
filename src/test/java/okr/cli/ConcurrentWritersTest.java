package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okr.check.Checker;
import okr.model.Diagnostic;
import okr.model.Severity;
import okr.store.LoadResult;
import okr.store.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real okr processes writing to one workspace at once: each writer checks its preconditions (the
 * period not yet closed, the id still free) under the workspace lock, on what is on disk then, so
 * only one of two racing writers can pass a check only one may pass.
 */
class ConcurrentWritersTest {

  @TempDir Path ws;

  private Process okr(String... args) throws IOException {
    List<String> command = new ArrayList<>(okr.ChildJvm.okr("-C", ws.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("OKR_USER", "tester");
    env.put("OKR_TODAY", "2026-10-02");
    env.put("NO_COLOR", "1");
    return builder.start();
  }

  /** Starts every process, then waits for all; returns each one's exit code and output. */
  private static List<String> finish(List<Process> processes) throws Exception {
    List<String> results = new ArrayList<>();
    for (Process p : processes) {
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
      results.add(p.exitValue() + " " + output);
    }
    return results;
  }

  private List<Diagnostic> errors() {
    LoadResult loaded = WorkspaceLoader.load(ws);
    List<Diagnostic> all = new ArrayList<>(loaded.problems());
    all.addAll(Checker.check(loaded.workspace(), java.time.LocalDate.parse("2026-10-02")));
    all.removeIf(d -> d.severity() != Severity.ERROR);
    return all;
  }

  @Test
  void concurrentClosesGradeThePeriodOnce() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
    Files.writeString(
        ws.resolve("o.yaml"),
        "kind: objective\nid: o\ntitle: O\nperiod: 2026-Q3\nkey_results:\n"
            + "  - {id: a, title: A, baseline: 0, target: 10}\n"
            + "  - {id: b, title: B, baseline: 0, target: 10}\n");
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      processes.add(okr("close", "2026-Q3", "--yes"));
    }
    List<String> results = finish(processes);
    assertThat(results.stream().filter(r -> r.startsWith("0 ")))
        .as("exactly one close succeeds: %s", results)
        .hasSize(1);
    assertThat(results.stream().filter(r -> !r.startsWith("0 ")))
        .allMatch(r -> r.startsWith("2 ") && r.contains("2026-Q3 was closed on"));
    LoadResult loaded = WorkspaceLoader.load(ws);
    assertThat(loaded.workspace().gradesOf("2026-Q3"))
        .as("one grade for the objective and one per key result")
        .hasSize(3);
    assertThat(errors()).isEmpty();
  }

  @Test
  void mvAndNewRacingForOneIdNeverMakeADuplicate() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
    for (int round = 0; round < 3; round++) {
      String from = "a" + round;
      String to = "b" + round;
      Files.writeString(
          ws.resolve(from + ".yaml"), "kind: kpi\nid: " + from + "\ntitle: A\nunit: m\n");
      List<Process> processes = new ArrayList<>();
      processes.add(okr("mv", from, to, "--yes"));
      processes.add(okr("new", "kpi", "--id", to, "--title", "B " + round, "--unit", "m"));
      processes.add(okr("mv", from, to, "--yes"));
      List<String> results = finish(processes);
      Map<String, Integer> ids = new HashMap<>();
      WorkspaceLoader.load(ws).workspace().kpis().forEach(k -> ids.merge(k.id(), 1, Integer::sum));
      assertThat(ids.get(to)).as("round %d: %s", round, results).isEqualTo(1);
      assertThat(errors()).as("round %d: %s", round, results).isEmpty();
      assertThat(results.stream().filter(r -> r.startsWith("0 ")))
          .as("one of the three wins: %s", results)
          .hasSize(1);
    }
  }
}
