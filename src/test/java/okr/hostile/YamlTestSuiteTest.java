package okr.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import okr.cli.CliRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the yaml-test-suite (402 cases, valid and invalid YAML alike), used as a goal
 * file and as a journal month: okr check answers with diagnostics or a clean bill, never a stack
 * trace or a hang, and changes no file.
 */
class YamlTestSuiteTest {

  /** Vendored with its licence; see the README beside it. */
  static final Path CORPUS = Path.of("src/test/resources/yaml-test-suite/cases");

  /** All of the suite: fewer means a case was lost, and the test would prove less than it says. */
  static final int CASES = 402;

  @TempDir Path temp;

  static Stream<Arguments> cases() throws Exception {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      List<Arguments> cases =
          dirs.filter(d -> Files.isRegularFile(d.resolve("in.yaml")))
              .sorted()
              .map(d -> Arguments.of(d.getFileName().toString(), d.resolve("in.yaml")))
              .toList();
      if (cases.size() != CASES) {
        throw new IllegalStateException(
            CORPUS + " holds " + cases.size() + " cases, not " + CASES + ": restore it from git");
      }
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void asGoalFileAndAsJournal(String name, Path input) throws Exception {
    byte[] bytes = Files.readAllBytes(input);
    boolean invalid = Files.exists(input.resolveSibling("error"));
    for (String place : List.of("goals/case.yaml", "checkins/2026-11.yaml")) {
      Path ws = Files.createTempDirectory(temp, name);
      Files.writeString(ws.resolve("okr.yaml"), "name: Suite\n");
      Path file = ws.resolve(place);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      for (String[] args :
          new String[][] {
            {"check", "--today", "2026-11-23"},
            {"status", "--today", "2026-11-23"},
            {"check", "--format", "json"}
          }) {
        CliRunner.Result result = CliRunner.run(ws, args);
        assertThat(result.exit())
            .as("%s in %s: okr %s", name, place, String.join(" ", args))
            .isIn(0, 1);
        if (invalid && args[0].equals("check")) {
          assertThat(result.exit())
              .as("%s is not valid YAML: okr %s must say so", name, String.join(" ", args))
              .isEqualTo(1);
        }
        assertThat(result.err() + result.out())
            .as("%s: no stack trace", name)
            .doesNotContain("\tat ", "Exception");
      }
      assertThat(Arrays.equals(Files.readAllBytes(file), bytes)).as("%s unchanged", name).isTrue();
    }
  }
}
