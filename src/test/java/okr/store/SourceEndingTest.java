package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * okr ended by a signal ends the sources it runs (its shutdown hook calls {@link
 * RunningSources#endAll}); these end a registry of their own the same way, at chosen moments.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SourceEndingTest {

  private static final Duration LONG = Duration.ofSeconds(120);

  @TempDir Path dir;

  private final RunningSources running = new RunningSources();

  private byte[] run(String command, Duration timeout) throws SourcePull.Failed {
    return SourceCommand.run(running, command, dir, Map.of(), timeout);
  }

  private void endAsTheSignalWould() {
    running.endAll(process -> SourceCommand.endTree(process, java.util.Set.of()));
  }

  @Test
  void aSourceAskedForAfterOkrBeganEndingIsNeverStarted() {
    endAsTheSignalWould();

    assertThatThrownBy(() -> run("touch RAN; echo 5", LONG))
        .isInstanceOf(SourcePull.Failed.class)
        .hasMessage("was not started: okr is ending");
    assertThat(dir.resolve("RAN")).doesNotExist();
  }

  @Test
  void endingWhileASourceRunsEndsItsShellAndWhatItStarted() throws Exception {
    CompletableFuture<String> outcome =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(
                    run(
                        "echo $$ > shell.pid; sleep 120 & echo $! > child.pid; wait; touch LATER",
                        LONG),
                    StandardCharsets.UTF_8);
              } catch (SourcePull.Failed e) {
                return "failed: " + e.getMessage();
              }
            });
    Path childPid = dir.resolve("child.pid");
    while (!(Files.exists(childPid) && Files.size(childPid) > 0)) {
      assertThat(outcome).isNotDone();
      Thread.sleep(20);
    }

    endAsTheSignalWould();

    assertThat(outcome.get(20, TimeUnit.SECONDS)).startsWith("failed: exited with status");
    assertThat(ended(pid("shell.pid"))).as("the source's shell was ended").isTrue();
    assertThat(ended(pid("child.pid"))).as("the source's `sleep` was ended").isTrue();
    assertThat(dir.resolve("LATER")).doesNotExist();
  }

  @Test
  void aSignalInTheMomentASourceStartsEitherStopsItOrEndsIt() throws Exception {
    // A source that the ending missed would run its full two minutes: every run must end at once,
    // refused or killed, whatever the moment the ending came in.
    for (int round = 0; round < 40; round++) {
      RunningSources registry = new RunningSources();
      CompletableFuture<String> outcome =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new String(
                      SourceCommand.run(registry, "exec sleep 120", dir, Map.of(), LONG),
                      StandardCharsets.UTF_8);
                } catch (SourcePull.Failed e) {
                  return e.getMessage();
                }
              });
      long pause = ThreadLocalRandom.current().nextLong(0, 3_000_000);
      Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
      registry.endAll(process -> SourceCommand.endTree(process, java.util.Set.of()));

      assertThat(outcome.get(20, TimeUnit.SECONDS))
          .as("round %d, ended %d µs after the start was asked for", round, pause / 1_000)
          .matches("was not started: okr is ending|exited with status .*");
    }
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aGroupIsEndedWholeEvenAMemberWhoseParentEndedWithoutStartingAnything() throws Exception {
    // Linux's /proc lists each process's group, so ending one starts no `kill`: a signal to okr's
    // own group (Ctrl-C, `timeout`) killed such a helper in the moment it was to do its work.
    Process leader =
        new ProcessBuilder(
                "setsid",
                "sh",
                "-c",
                "sh -c 'sleep 120 & echo $! > orphan.pid'; echo $$ > leader.pid; sleep 120")
            .directory(dir.toFile())
            .start();
    while (!(Files.exists(dir.resolve("leader.pid"))
        && Files.size(dir.resolve("leader.pid")) > 0)) {
      assertThat(leader.isAlive()).isTrue();
      Thread.sleep(20);
    }
    long group = pid("leader.pid");
    long orphan = pid("orphan.pid");
    assertThat(SourceCommand.groupMembers(group))
        .extracting(ProcessHandle::pid)
        .contains(group, orphan);

    SourceCommand.killGroup(group);

    assertThat(ended(orphan)).as("the member whose parent ended").isTrue();
    assertThat(ended(group)).as("the group's leader").isTrue();
    assertThat(SourceCommand.groupMembers(group)).isEmpty();
  }

  private long pid(String file) throws Exception {
    return Long.parseLong(Files.readString(dir.resolve(file), StandardCharsets.UTF_8).strip());
  }

  /** Whether a process ended, counting a zombie whose adopter has not reaped it yet as ended. */
  private static boolean ended(long pid) throws Exception {
    for (int i = 0; i < 50; i++) {
      var handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !handle.get().isAlive()) {
        return true;
      }
      Path stat = Path.of("/proc", Long.toString(pid), "stat");
      if (Files.exists(stat)) {
        String text = Files.readString(stat, StandardCharsets.UTF_8);
        if (text.substring(text.lastIndexOf(')') + 2).startsWith("Z")) {
          return true;
        }
      }
      Thread.sleep(100);
    }
    return false;
  }
}
