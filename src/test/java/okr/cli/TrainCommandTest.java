package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import okr.ChildJvm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's training runs: they must succeed silently, leave nothing behind and never touch
 * the folder they are started in, since they run in the background of a person's command.
 */
class TrainCommandTest {

  @TempDir Path cwd;
  @TempDir Path tmp;
  @TempDir Path logs;

  /**
   * In a JVM of its own whose temporary folder is this test's, so that what the training leaves
   * there is told apart from the folders of other programs running meanwhile.
   */
  @ParameterizedTest
  @ValueSource(strings = {"views", "prompts"})
  void runsEveryCommandOfItsSetQuietlyAndLeavesNothing(String set) throws Exception {
    Files.writeString(cwd.resolve("okr.yaml"), "name: Mine\n");
    List<String> command = ChildJvm.okr("__train", set);
    command.add(1, "-Djava.io.tmpdir=" + tmp);
    Path out = logs.resolve("out");
    Path err = logs.resolve("err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    // Git's variables of the person's session (GIT_DIR in a hook, say) reach no git the training
    // runs: one that saw this one would write its trace there.
    Path gitTrace = logs.resolve("git-trace");
    builder.environment().put("GIT_TRACE", gitTrace.toString());
    builder.environment().put("GIT_DIR", logs.resolve("not-a-repository").toString());
    Process training = builder.start();

    assertThat(training.waitFor()).isZero();
    assertThat(out).isEmptyFile();
    assertThat(err).isEmptyFile();
    assertThat(gitTrace).doesNotExist();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
    try (Stream<Path> files = Files.list(cwd)) {
      assertThat(files).containsExactly(cwd.resolve("okr.yaml"));
    }
  }
}
