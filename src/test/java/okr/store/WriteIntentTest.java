package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteIntentTest {

  @TempDir Path root;

  @Test
  void anIntentTheSystemRefusesIsAWriteFailureNamingItNotAnInternalError() throws Exception {
    // The system refuses the intent (here a file stands where its folder goes; a full disk refuses
    // it too): okr must say which file could not be written, and leave no intent behind that a
    // later command would take for a change to complete.
    Files.writeString(WriteIntent.file(root).getParent(), "not a folder");
    assertThatThrownBy(
            () ->
                WriteIntent.write(
                    root,
                    WriteIntent.State.values()[0],
                    List.of(new WriteIntent.Move(root.resolve("a.tmp"), root.resolve("a")))))
        .isInstanceOf(WriteFailed.class)
        .satisfies(e -> assertThat(((WriteFailed) e).file()).isEqualTo(WriteIntent.file(root)));
    assertThat(WriteIntent.pending(root)).isFalse();
  }
}
