package okr.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import okr.model.Diagnostic;
import okr.store.LoadResult;
import okr.store.WorkspaceLoader;

/**
 * Fuzzes the loader with arbitrary bytes as a goal file and as a journal month: it must answer with
 * diagnostics, never throw. In a normal test run only the seeds in
 * src/test/resources/okr/fuzz/LoaderFuzzTestInputs run; JAZZER_FUZZ=1 fuzzes (see docs/safety.md).
 */
class LoaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void goalFile(byte[] input) throws Exception {
    load("goals/fuzz.yaml", input);
  }

  @FuzzTest(maxDuration = "60s")
  void journalMonth(byte[] input) throws Exception {
    load("checkins/2026-11.yaml", input);
  }

  private static void load(String name, byte[] input) throws Exception {
    Path ws = Files.createTempDirectory("okr-fuzz");
    try {
      Files.writeString(ws.resolve("okr.yaml"), "name: Fuzz\n");
      Path file = ws.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, input);
      LoadResult result = WorkspaceLoader.load(ws);
      okr.check.Checker.check(result.workspace(), java.time.LocalDate.of(2026, 11, 23));
      for (Diagnostic d : result.problems()) {
        assertThat(d.message()).isNotBlank();
        assertThat(d.help()).isNotBlank();
      }
    } finally {
      try (Stream<Path> walk = Files.walk(ws)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
