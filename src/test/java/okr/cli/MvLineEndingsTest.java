package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * okr mv edits a goal file at the place its value was read, whatever ends its lines and with or
 * without a byte-order mark; LF-only counting used to miss the place and fail with an internal
 * error.
 */
class MvLineEndingsTest {

  @TempDir Path ws;

  @ParameterizedTest
  @ValueSource(strings = {"\r", "\r\n", "\n", "\uFEFF\r", "\uFEFF\r\n"})
  void theIdIsEditedInPlace(String ending) throws Exception {
    String bom = ending.startsWith("\uFEFF") ? "\uFEFF" : "";
    String eol = ending.substring(bom.length());
    Files.writeString(ws.resolve("okr.yaml"), "name: T\n");
    String text =
        bom + String.join(eol, "# a comment", "kind: kpi", "id: old", "title: Old", "unit: m", "");
    Files.writeString(ws.resolve("k.yaml"), text, StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.run(ws, Map.of("NO_COLOR", "1", "OKR_USER", "t"), "mv", "old", "new", "--yes");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(ws.resolve("k.yaml"), StandardCharsets.UTF_8))
        .isEqualTo(text.replace("id: old", "id: new"));
  }
}
