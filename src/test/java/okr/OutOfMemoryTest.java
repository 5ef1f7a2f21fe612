package okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * okr out of memory (a huge workspace under the launcher's 512 MB, or a small -Xmx someone set)
 * says so in one line with what to change, and exits 3, rather than ending in the JVM's stack trace
 * with exit 1.
 */
class OutOfMemoryTest {

  @TempDir Path ws;

  @Test
  void outOfMemoryIsOneLineAndExitThree() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Big\n");
    StringBuilder month = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      month
          .append("- {at: 2026-11-01T10:00:00Z, by: glen, goal: g")
          .append(i)
          .append(", value: 1}\n");
    }
    Files.createDirectories(ws.resolve("checkins"));
    Files.writeString(ws.resolve("checkins/2026-11.yaml"), month);
    List<String> command = ChildJvm.okr("-C", ws.toString(), "--today", "2026-11-23", "status");
    command.add(1, "-Xmx4m");
    Process okr = new ProcessBuilder(command).start();
    okr.getOutputStream().close();
    String err = new String(okr.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    okr.getInputStream().readAllBytes();

    assertThat(okr.waitFor()).isEqualTo(3);
    assertThat(err)
        .isEqualTo(
            "okr: out of memory; give okr more with OKR_JAVA_OPTS=-Xmx2g (it takes at most 512 MB"
                + " by default)"
                + System.lineSeparator());
  }
}
