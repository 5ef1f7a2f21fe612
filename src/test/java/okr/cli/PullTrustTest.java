package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code okr pull} and {@code okr trust} as a person meets them: sources that must be allowed
 * before they run, allows that lapse when the source's text changes, and JSON over HTTP from a
 * server on the loopback address.
 */
class PullTrustTest {

  @TempDir Path ws;
  @TempDir Path home;

  private HttpServer server;
  private volatile String body = "{\"weeks\": [{\"metres\": 6100}]}";
  private volatile int status = 200;
  private volatile long delayMillis = 0;

  @BeforeEach
  void workspace() throws IOException {
    okr.TestFiles.copyTree(Path.of("examples/maratona"), ws);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/climb.json";
  }

  private void kpi(String source) throws IOException {
    Files.writeString(
        ws.resolve("kpis/climb.yaml"),
        "kind: kpi\nid: climb\ntitle: Metres climbed\nunit: m\nbetter: higher\n"
            + "frequency: weekly\nowner: glen\nsource: "
            + source
            + "\n",
        StandardCharsets.UTF_8);
  }

  private CliRunner.Result okr(String... args) {
    return CliRunner.run(
        ws,
        Map.of("NO_COLOR", "1", "USER", "tester", "OKR_USER", "glen", "HOME", home.toString()),
        args);
  }

  private String journal() throws IOException {
    Path file = ws.resolve("checkins/2026-11/glen.yaml");
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  @Test
  void aCommandRunsOnlyAfterItsExactTextWasAllowed() throws IOException {
    kpi("{command: \"touch ran; echo 6100\"}");

    CliRunner.Result refused = okr("pull");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("okr trust climb");
    assertThat(ws.resolve("ran")).doesNotExist();
    assertThat(journal()).isEmpty();

    CliRunner.Result allowed = okr("trust", "climb");
    assertThat(allowed.exit()).isZero();
    assertThat(allowed.out()).contains("command: touch ran; echo 6100");
    assertThat(Files.readString(home.resolve(".config/okr/trusted"), StandardCharsets.UTF_8))
        .contains(ws.toRealPath().toString());

    assertThat(okr("pull").exit()).isZero();
    assertThat(ws.resolve("ran")).exists();
    assertThat(journal()).contains("kpi: climb, value: 6100, src: {kind: command,");

    // A teammate's change to the command needs a new allow before it runs.
    Files.delete(ws.resolve("ran"));
    kpi("{command: \"touch ran; echo 6200\"}");
    CliRunner.Result changed = okr("pull");
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.err()).contains("changed since you allowed it").contains("okr trust climb");
    assertThat(ws.resolve("ran")).doesNotExist();
    assertThat(okr("trust", "--list").out()).contains("climb  changed since allowed");

    assertThat(okr("trust", "--revoke", "climb").out()).contains("allow taken back");
    assertThat(okr("trust", "--list").out()).contains("climb  not allowed");
  }

  @Test
  void aBackgroundChildNeitherHoldsThePullNorOutlivesIt() throws Exception {
    // The child keeps the command's output open for 300 s; the pull allows 10 s, so only a pull
    // that stops waiting when the shell ends records the value rather than a timeout.
    kpi("{command: \"sleep 300 & echo $! > child.pid; echo 6100\"}");

    CliRunner.Result pulled = okr("pull", "--trust-all", "--timeout", "10");

    assertThat(pulled.err()).isEmpty();
    assertThat(pulled.exit()).isZero();
    assertThat(journal()).contains("kpi: climb, value: 6100, src: {kind: command,");
    long child =
        Long.parseLong(Files.readString(ws.resolve("child.pid"), StandardCharsets.UTF_8).strip());
    assertThat(ended(child)).as("the background `sleep` (pid %d) was ended", child).isTrue();
  }

  @Test
  @org.junit.jupiter.api.Timeout(
      value = 60,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void okrEndedBySigtermEndsTheSourceItIsRunning() throws Exception {
    // The source runs in a session of its own, out of reach of the terminal's Ctrl-C and of a
    // signal to okr alone: okr must end it on its way out, or it goes on and does its work later.
    kpi(
        "{command: \"echo $$ > shell.pid; sleep 120 & echo $! > child.pid; wait; touch SIDE-EFFECT\"}");
    ProcessBuilder pb =
        new ProcessBuilder(okr.ChildJvm.okr("-C", ws.toString(), "pull", "--trust-all"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(Map.of("OKR_USER", "glen", "HOME", home.toString()));
    Process pull = pb.start();
    Path childPid = ws.resolve("child.pid");
    while (!(Files.exists(childPid) && Files.size(childPid) > 0)) {
      assertThat(pull.isAlive()).as("okr pull still running").isTrue();
      Thread.sleep(50);
    }

    pull.destroy(); // SIGTERM
    assertThat(pull.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    long shell =
        Long.parseLong(Files.readString(ws.resolve("shell.pid"), StandardCharsets.UTF_8).strip());
    long child = Long.parseLong(Files.readString(childPid, StandardCharsets.UTF_8).strip());
    assertThat(ended(child)).as("the source's `sleep` (pid %d) was ended", child).isTrue();
    assertThat(ended(shell)).as("the source's shell (pid %d) was ended", shell).isTrue();
    // With its shell ended, the source can no longer do its work later; a sleep long enough that no
    // loaded machine lets it end by itself first keeps this from passing by luck or failing by it.
    assertThat(ws.resolve("SIDE-EFFECT")).doesNotExist();
    assertThat(journal()).isEmpty();
  }

  /**
   * Whether a process has ended, waiting a little for its end to show: a killed child whose parent
   * already exited is reaped by whoever adopts it, and until then Linux lists it as a zombie.
   */
  private static boolean ended(long pid) throws Exception {
    java.util.Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty()) {
      return true;
    }
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    for (int i = 0; i < 50; i++) {
      if (!handle.get().isAlive()) {
        return true;
      }
      try {
        String text = Files.readString(stat, StandardCharsets.UTF_8);
        if (text.substring(text.lastIndexOf(')') + 2).startsWith("Z")) {
          return true;
        }
      } catch (IOException gone) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Test
  void anAllowIsForOneWorkspaceFolder(@TempDir Path other) throws IOException {
    kpi("{command: \"echo 6100\"}");
    assertThat(okr("trust", "climb").exit()).isZero();
    okr.TestFiles.copyTree(ws, other);
    CliRunner.Result clone =
        CliRunner.run(
            other,
            Map.of("NO_COLOR", "1", "USER", "tester", "OKR_USER", "glen", "HOME", home.toString()),
            "pull");
    assertThat(clone.exit()).isEqualTo(1);
    assertThat(clone.err()).contains("is not allowed to run");
  }

  @Test
  void pullsAValueOutOfJsonOverHttp() throws IOException {
    kpi("{http: \"" + url() + "\", json: \"$.weeks[0].metres\"}");
    assertThat(okr("trust", "climb").exit()).isZero();

    CliRunner.Result pulled = okr("pull");
    assertThat(pulled.exit()).isZero();
    assertThat(pulled.out()).contains("climb: 6,100 m from http (new)");
    assertThat(journal()).contains("value: 6100, src: {kind: http,");

    // the same value on the same day is the same measurement
    assertThat(okr("pull").out()).contains("(already recorded)");
    assertThat(journal().lines().count()).isEqualTo(1);
  }

  @Test
  void anAnswerWithoutANumberIsOneLine() throws IOException {
    kpi("{http: \"" + url() + "\", json: \"$.weeks[1].metres\"}");
    CliRunner.Result missing = okr("pull", "--trust-all");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err().strip())
        .isEqualTo("okr: climb: http " + url() + " answered without `$.weeks[1]`");

    body = "<html>busy</html>";
    assertThat(okr("pull", "--trust-all").err())
        .contains("answered with something that is not JSON");

    status = 503;
    assertThat(okr("pull", "--trust-all").err()).contains("answered HTTP 503");
    assertThat(journal()).isEmpty();
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsOneLine() throws IOException {
    kpi("{http: \"" + url() + "\", json: \"$.weeks[0].metres\"}");
    delayMillis = 5_000;
    CliRunner.Result slow = okr("pull", "--trust-all", "--timeout", "0.3");
    assertThat(slow.exit()).isEqualTo(1);
    assertThat(slow.err()).contains("did not answer in 300 ms (see --timeout)");
    assertThat(journal()).isEmpty();
  }

  private void script(String name, String text) throws IOException {
    Path file = ws.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + text + "\n", StandardCharsets.UTF_8);
    file.toFile().setExecutable(true);
  }

  @Test
  void aScriptTheCommandRunsIsCoveredByTheAllow() throws IOException {
    script("scripts/climb.sh", "echo 6100");
    kpi("{command: \"./scripts/climb.sh --weeks 1\"}");
    CliRunner.Result allowed = okr("trust", "climb");
    assertThat(allowed.out()).contains("and the file scripts/climb.sh as it is now");
    assertThat(okr("pull").exit()).isZero();

    // A teammate's change to the script (the command text unchanged) must not run unasked.
    script("scripts/climb.sh", "touch pwned; echo 6200");
    CliRunner.Result changed = okr("pull");
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.err())
        .contains("changed since you allowed it: scripts/climb.sh")
        .contains("okr trust climb");
    assertThat(ws.resolve("pwned")).doesNotExist();
    assertThat(okr("trust", "--list").out())
        .contains("climb  changed since allowed (scripts/climb.sh)");

    assertThat(okr("trust", "climb").exit()).isZero();
    assertThat(okr("pull").exit()).isZero();
    assertThat(ws.resolve("pwned")).exists();
  }

  @Test
  void theLatestPullIsTheLatestValue() throws IOException {
    kpi("{command: \"echo 7\"}");
    assertThat(okr("pull", "--trust-all", "--today", "2026-11-25").out()).contains("(new)");
    kpi("{command: \"echo 6\"}");
    assertThat(okr("pull", "--trust-all", "--today", "2026-11-25").out()).contains("(new)");
    // the same value again adds nothing
    assertThat(okr("pull", "--trust-all", "--today", "2026-11-25").out())
        .contains("(already recorded)");
    assertThat(journal().lines().count()).isEqualTo(2);

    assertThat(okr("kpis", "--today", "2026-11-25").out()).containsPattern("Metres climbed +6 ");
    assertThat(okr("show", "climb", "--today", "2026-11-25").out())
        .containsPattern("latest +6 m on 2026-11-25");
    assertThat(okr("kpis", "--today", "2026-11-25", "--format", "json").out())
        .containsPattern("\"latest\" : 6\\.0,\\s+\"measuredOn\" : \"2026-11-25\"");
  }

  @Test
  void twoPullsAtOnceRecordAValueOnce() throws Exception {
    kpi("{command: \"sleep 2; echo 4242\"}");
    java.util.List<Process> pulls = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ProcessBuilder pb =
          new ProcessBuilder(okr.ChildJvm.okr("-C", ws.toString(), "pull", "--trust-all"))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().putAll(Map.of("OKR_USER", "glen", "HOME", home.toString()));
      pb.environment().put("OKR_TODAY", "2026-11-23");
      pulls.add(pb.start());
    }
    for (Process p : pulls) {
      assertThat(p.waitFor()).isZero();
    }
    assertThat(journal().lines().filter(l -> l.contains("value: 4242")).count()).isEqualTo(1);
  }

  @Test
  @org.junit.jupiter.api.Timeout(
      value = 60,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoIsNoCsvSource() throws Exception {
    Files.createDirectories(ws.resolve("data"));
    assertThat(new ProcessBuilder("mkfifo", ws.resolve("data/hr.csv").toString()).start().waitFor())
        .isZero();
    kpi("{csv: data/hr.csv, column: metres}");
    CliRunner.Result pulled = okr("pull", "--timeout", "1");
    assertThat(pulled.exit()).isEqualTo(1);
    assertThat(pulled.err()).contains("is not a regular file");
  }

  @Test
  void numbersFollowTheOneDecimalGrammar() throws IOException {
    kpi("{command: \"echo 1e400\"}");
    assertThat(okr("pull", "--trust-all").err())
        .contains("printed `1e400`, which is too large to be a number");
    kpi("{command: \"echo 1_000\"}");
    assertThat(okr("pull", "--trust-all").err()).contains("(write `1000`)");
    for (String timeout : new String[] {"0x1p4", "30d", "Infinity", "0"}) {
      CliRunner.Result refused = okr("pull", "--trust-all", "--timeout", timeout);
      assertThat(refused.exit()).as(timeout).isEqualTo(2);
      assertThat(refused.err()).contains("--timeout takes seconds");
    }
    assertThat(journal()).isEmpty();
  }

  @Test
  void twoTrustsAtOnceKeepBothAllows() throws Exception {
    kpi("{command: \"echo 6100\"}");
    Files.writeString(
        ws.resolve("kpis/other.yaml"),
        "kind: kpi\nid: other\ntitle: Other\nunit: m\nbetter: higher\n"
            + "frequency: weekly\nowner: glen\nsource: {command: \"echo 1\"}\n",
        StandardCharsets.UTF_8);
    for (int round = 0; round < 5; round++) {
      okr("trust", "--revoke", "climb", "other");
      java.util.List<Process> trusts = new java.util.ArrayList<>();
      for (String kpi : new String[] {"climb", "other"}) {
        ProcessBuilder pb =
            new ProcessBuilder(okr.ChildJvm.okr("-C", ws.toString(), "trust", kpi))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(Map.of("OKR_USER", "glen", "HOME", home.toString()));
        trusts.add(pb.start());
      }
      for (Process p : trusts) {
        assertThat(p.waitFor()).isZero();
      }
      assertThat(okr("trust", "--list").out())
          .contains("climb  allowed")
          .contains("other  allowed");
    }
  }
}
