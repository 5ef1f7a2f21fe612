package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okr.ChildJvm;
import okr.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check-in typed ahead at a real terminal: okr in a child JVM on a pty made by util-linux {@code
 * script}, which answers none of the queries a terminal library may send. Every key reaches the
 * answers whether it is typed before okr starts or the moment the first question shows (while JLine
 * is still opening): a library that queried the terminal here waited for replies that never come
 * and drained the keys meanwhile, and the check-in ended abandoned. Skipped where there is no
 * {@code script}.
 */
@Timeout(120)
class CheckinAtAPtyTest {

  /**
   * The whole check-in of the Maratona example: 136 km, confidence 7, notes "fine" typed as "fie",
   * Left, "n"; Enter skips the other three items; Enter confirms.
   */
  private static final String WHOLE_CHECKIN = "136\r7\rfie\033[Dn\r\r\r\r\r";

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void workspace() throws IOException {
    assumeTrue(onPath("script"), "util-linux script makes the pty");
    ws = tmp.resolve("ws");
    TestFiles.copyTree(Path.of("examples/maratona"), ws);
  }

  @Test
  void aWholeCheckinTypedBeforeOkrStartsIsRecorded() throws Exception {
    Run run = run(WHOLE_CHECKIN, null);

    assertThat(run.exit).as(run.screen).isZero();
    assertThat(journal())
        .contains("kr: maratona/distance, value: 136, confidence: 7, progress: \"fine\"");
  }

  @Test
  void aWholeCheckinTypedTheMomentTheFirstQuestionShowsIsRecorded() throws Exception {
    Run run = run(WHOLE_CHECKIN, "value (km)");

    assertThat(run.exit).as(run.screen).isZero();
    assertThat(journal())
        .contains("kr: maratona/distance, value: 136, confidence: 7, progress: \"fine\"");
  }

  @Test
  void ctrlDAtTheFirstQuestionTypedBeforeTheEditorReadsWritesNothing() throws Exception {
    Run run = run("\004", "value (km)");

    assertThat(run.exit).as(run.screen).isEqualTo(130);
    assertThat(run.screen).contains("okr: check-in abandoned; nothing was written");
    assertThat(ws.resolve("checkins/2026-09/glen.yaml")).doesNotExist();
  }

  private String journal() throws IOException {
    return Files.readString(ws.resolve("checkins/2026-09/glen.yaml"), StandardCharsets.UTF_8);
  }

  private record Run(int exit, String screen) {}

  /** Runs the check-in on a pty, typing {@code keys} at once or when {@code after} shows. */
  private Run run(String keys, String after) throws Exception {
    List<String> okr = ChildJvm.okr("checkin", "maratona", "--today", "2026-09-22");
    // script's pty has no size until it is given one: JLine at 0 columns shows no prompt at all.
    StringBuilder line = new StringBuilder("stty cols 100 rows 40 && exec");
    for (String word : okr) {
      line.append(" '").append(word).append('\'');
    }
    List<String> command =
        new ArrayList<>(List.of("script", "-qfec", line.toString(), "/dev/null"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ws.toFile());
    builder.environment().put("OKR_USER", "glen");
    builder.environment().put("TERM", "xterm-256color");
    builder.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(process.getInputStream(), screen));
    reader.start();
    OutputStream typing = process.getOutputStream();
    if (after != null) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!shown(screen).contains(after)) {
        assertThat(process.isAlive() && System.nanoTime() < deadline)
            .as("waiting for %s on the screen:%n%s", after, shown(screen))
            .isTrue();
        Thread.sleep(5);
      }
    }
    typing.write(keys.getBytes(StandardCharsets.UTF_8));
    typing.flush();
    // stdin stays open until okr ends: script passes an end of input on to the pty.
    if (!process.waitFor(100, TimeUnit.SECONDS)) {
      // A check-in that lost keys waits for answers that never come.
      process.destroyForcibly().waitFor();
    }
    reader.join(5000);
    typing.close();
    return new Run(process.exitValue(), shown(screen));
  }

  private static String shown(ByteArrayOutputStream screen) {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream to) {
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        synchronized (to) {
          to.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
