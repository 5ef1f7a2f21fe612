package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace lock and the write intent that the lock's next holder completes. */
class WorkspaceLockTest {

  @TempDir Path ws;
  @TempDir Path elsewhere;

  @Test
  void aLockThatIsASymbolicLinkIsNotFollowed() throws Exception {
    Files.createDirectories(ws.resolve(".okr"));
    Path target = elsewhere.resolve("planted");
    Files.createSymbolicLink(ws.resolve(".okr/lock"), target);
    assertThatThrownBy(() -> WorkspaceLock.acquire(ws))
        .isInstanceOf(WriteFailed.class)
        .hasMessageContaining("symbolic link");
    assertThat(target).doesNotExist();
  }

  @Test
  void theLockFileIsWritableForEveryoneSoTeammatesCanTakeItToo() throws Exception {
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
      assertThat(
              PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.resolve(".okr/lock"))))
          .isEqualTo("rw-rw-rw-");
    }
  }

  @Test
  void aCommittedIntentIsFinishedAndAStagingOneUndone() throws Exception {
    Path a = Files.writeString(ws.resolve("a.yaml"), "old a\n");
    Path b = Files.writeString(ws.resolve("b.yaml"), "old b\n");
    Path tempA = Files.writeString(ws.resolve(".a.yaml.1f.tmp"), "new a\n");
    Path tempB = Files.writeString(ws.resolve(".b.yaml.1f.tmp"), "new b\n");
    var moves = java.util.List.of(new WriteIntent.Move(tempA, a), new WriteIntent.Move(tempB, b));
    WriteIntent.write(ws, WriteIntent.State.STAGING, moves);
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
      assertThat(Files.readString(a)).isEqualTo("old a\n");
      assertThat(tempA).doesNotExist();
      assertThat(WriteIntent.file(ws)).doesNotExist();
    }
    Files.writeString(tempA, "new a\n");
    Files.writeString(tempB, "new b\n");
    WriteIntent.write(ws, WriteIntent.State.COMMIT, moves);
    WorkspaceLock.recoverIfNeeded(ws);
    assertThat(Files.readString(a)).isEqualTo("new a\n");
    assertThat(Files.readString(b)).isEqualTo("new b\n");
    assertThat(WriteIntent.file(ws)).doesNotExist();
  }

  /** An intent is trusted only as far as okr writes them: a planted one moves nothing. */
  @Test
  void anIntentNamingFilesOkrWouldNeverWriteIsRefused() throws Exception {
    Path victim = Files.writeString(elsewhere.resolve("important"), "mine\n");
    Path planted = Files.writeString(ws.resolve("evil.tmp"), "theirs\n");
    WriteIntent.write(
        ws, WriteIntent.State.COMMIT, java.util.List.of(new WriteIntent.Move(planted, victim)));
    assertThatThrownBy(() -> WorkspaceLock.recoverIfNeeded(ws))
        .hasMessageContaining("would never write");
    assertThat(Files.readString(victim)).isEqualTo("mine\n");
    assertThat(planted).exists();
  }

  /**
   * Killed while it wrote the intent itself: the half-written intent goes with the next command.
   */
  @Test
  void aHalfWrittenIntentIsRemovedByTheNextCommand() throws Exception {
    Files.createDirectories(ws.resolve(".okr"));
    Path half = Files.writeString(ws.resolve(".okr/intent.tmp"), "okr-intent 1 sta");
    WorkspaceLock.recoverIfNeeded(ws);
    assertThat(half).doesNotExist();
  }
}
