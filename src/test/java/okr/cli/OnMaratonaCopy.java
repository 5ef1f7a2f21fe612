package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tests that run okr step after step in a fresh copy of the Maratona example, on one day. */
abstract class OnMaratonaCopy {

  @TempDir Path ws;

  private final String today;

  OnMaratonaCopy(String today) {
    this.today = today;
  }

  @BeforeEach
  void copyExample() throws Exception {
    okr.TestFiles.copyTree(Path.of("examples/maratona").toAbsolutePath(), ws);
  }

  /** What okr prints for {@code args}, which must succeed without a word on stderr. */
  String ok(String... args) {
    CliRunner.Result result = CliRunner.run(ws, args);
    assertThat(result.err()).as("stderr of %s", List.of(args)).isEmpty();
    assertThat(result.exit()).as("exit of %s", List.of(args)).isZero();
    return result.out();
  }

  /** {@code okr show REF --format json} on the test's day. */
  JsonNode showJson(String ref) {
    return JsonMapper.shared().readTree(ok("show", ref, "--format", "json", "--today", today));
  }
}
