package okr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scorecard the README shows is the one okr prints: the first thing a visitor reads. */
class ReadmeScorecardTest {

  @Test
  void theReadmeScorecardIsTheRealOutputAt80Columns() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```console\nAcme Corp");
    int end = readme.indexOf("```", start + 3);
    String shown = readme.substring(start + "```console\n".length(), end);

    CliRunner.Result real =
        CliRunner.run(
            Path.of("."), "-C", "examples/acme", "--today", "2026-11-23", "--width", "80");

    assertEquals(0, real.exit(), real.err());
    assertEquals(real.out(), shown);
  }
}
