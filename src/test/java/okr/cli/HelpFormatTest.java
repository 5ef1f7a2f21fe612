package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code okr help format} prints docs/format.md from the jar; a golden transcript would pin the
 * whole page, so this compares it with the page in the repository instead.
 */
class HelpFormatTest {

  @Test
  void printsTheFormatPageThatTheBuildPutInTheJar() throws Exception {
    String page = Files.readString(Path.of("docs/format.md"), StandardCharsets.UTF_8);
    CliRunner.Result result = CliRunner.run(Path.of("."), "help", "format");
    assertThat(result.exit()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(page.stripTrailing() + "\n");
    assertThat(result.out()).startsWith("# ").contains("kind: objective");
  }

  @Test
  void anUnknownTopicNamesFormatToo() {
    CliRunner.Result result = CliRunner.run(Path.of("."), "help", "formats");
    assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("'okr help format' the file format");
  }
}
