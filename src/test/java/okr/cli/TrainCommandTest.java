package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's training runs: they must succeed silently, leave nothing behind and never touch
 * the folder they are started in, since they run in the background of a person's command.
 */
class TrainCommandTest {

  @TempDir Path cwd;

  private static long trainingFolders() throws Exception {
    try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return list.filter(p -> p.getFileName().toString().startsWith("okr-training")).count();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"views", "prompts"})
  void runsEveryCommandOfItsSetQuietlyAndLeavesNothing(String set) throws Exception {
    Files.writeString(cwd.resolve("okr.yaml"), "name: Mine\n");
    long before = trainingFolders();

    CliRunner.Result result = CliRunner.run(cwd, "__train", set);

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    assertThat(trainingFolders()).isEqualTo(before);
    try (Stream<Path> files = Files.list(cwd)) {
      assertThat(files).containsExactly(cwd.resolve("okr.yaml"));
    }
  }
}
