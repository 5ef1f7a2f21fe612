package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadResultTest {

  private static final Path FILE = Path.of("goals/x.yaml");

  private static Optional<String> line(String text, int line) {
    SourceTexts texts = new SourceTexts();
    texts.inMemory(FILE, text);
    return new LoadResult(null, List.of(), texts, List.of(FILE)).line(FILE, line);
  }

  @Test
  void quotesLinesWhateverEndsThem() {
    String text = "kind: goal\r\nid: x\rtitle: T\nnotes: last";
    assertThat(line(text, 1)).contains("kind: goal");
    assertThat(line(text, 2)).contains("id: x");
    assertThat(line(text, 3)).contains("title: T");
    assertThat(line(text, 4)).contains("notes: last");
    assertThat(line(text, 5)).isEmpty();
    assertThat(line(text, 0)).isEmpty();
  }

  @Test
  void aFinalNewlineStartsAnEmptyLastLine() {
    assertThat(line("a\n", 2)).contains("");
    assertThat(line("a\n", 3)).isEmpty();
    assertThat(line("", 1)).contains("");
  }

  @Test
  void aFileOnDiskIsQuotedFromDiskAndOnlyWhileItReadsTheSame(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g.yaml");
    Files.writeString(file, "kind: goal\nid: g\n");
    SourceTexts texts = new SourceTexts();
    texts.onDisk(file, Arrays.hashCode(Files.readAllBytes(file)));
    LoadResult result = new LoadResult(null, List.of(), texts, List.of(file));
    assertThat(result.line(file, 2)).contains("id: g");
    Files.writeString(file, "kind: goal\nid: changed\n");
    SourceTexts fresh = new SourceTexts();
    fresh.onDisk(file, Arrays.hashCode("kind: goal\nid: g\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(new LoadResult(null, List.of(), fresh, List.of(file)).line(file, 2)).isEmpty();
  }

  @Test
  void aFileOnDiskIsQuotedFromItsBytesAsFromItsDecodedText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g.yaml");
    String text = "kind: goal\r\nid: é\rtitle: 日本 🎯\nnotes: last\n";
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, bytes, 0, mark.length);
    System.arraycopy(body, 0, bytes, mark.length, body.length);
    Files.write(file, bytes);
    SourceTexts texts = new SourceTexts();
    texts.onDisk(file, Arrays.hashCode(bytes));
    LoadResult result = new LoadResult(null, List.of(), texts, List.of(file));
    for (int n = 1; n <= 6; n++) {
      assertThat(result.line(file, n)).as("line %d", n).isEqualTo(line(text, n));
    }
    assertThat(result.line(file, 1)).contains("kind: goal");
    assertThat(result.line(file, 3)).contains("title: 日本 🎯");
  }

  @Test
  void aFileThatWasNotReadHasNoLines() {
    assertThat(
            new LoadResult(null, List.of(), new SourceTexts(), List.of())
                .line(Path.of("other.yaml"), 1))
        .isEmpty();
  }
}
