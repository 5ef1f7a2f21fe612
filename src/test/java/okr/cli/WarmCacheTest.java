package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okr.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees does not depend on the cache of parsed files: every view and check prints the
 * same bytes and exits the same, cold (no cache), warm (everything from the cache) and with the
 * cache off, on Acme and on a workspace full of errors whose diagnostics quote their lines.
 */
class WarmCacheTest {

  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("status"),
          List.of("status", "--format", "json"),
          List.of("kpis"),
          List.of("tree", "--kpis"),
          List.of("log"),
          List.of("show", "delight-customers"),
          List.of("check"),
          List.of("check", "--format", "json"));

  @TempDir Path tmp;

  @Test
  void acmeReadsTheSameWarmAsCold() throws IOException {
    Path ws = tmp.resolve("acme");
    TestFiles.copyTree(Path.of("examples/acme"), ws);
    assertSameEveryWay(ws);
    // By now every file is in the cache: another run takes them all from it and so leaves the
    // cache as it was (it is rewritten whenever a file is read from disk).
    Path parsed;
    try (Stream<Path> made = Files.walk(tmp.resolve("cache-acme"))) {
      parsed = made.filter(p -> p.getFileName().toString().equals("parsed")).findFirst().get();
    }
    Object before = Files.getAttribute(parsed, "unix:ino");
    run(ws, Map.of("XDG_CACHE_HOME", tmp.resolve("cache-acme").toString()), "status");
    assertThat(Files.getAttribute(parsed, "unix:ino")).isEqualTo(before);
  }

  @Test
  void aWorkspaceWithErrorsReadsTheSameWarmAsCold() throws IOException {
    Path ws = tmp.resolve("errors");
    TestFiles.copyTree(Path.of("examples/acme"), ws);
    // a binder's error (cached: the binder runs again on the tree), a parse error (never
    // cached), a fused journal entry, bytes that are not UTF-8, an empty goal file
    write(ws, "kpis/wrong.yaml", "kind: kpi\nid: wrong\ntitle: [not, a, title]\n");
    write(ws, "kpis/twice.yaml", "kind: kpi\nid: twice\ntitle: Twice\ntitle: Again\n");
    write(
        ws,
        "checkins/2026-09.yaml",
        "- at: 2026-09-01T10:00:00Z\n  by: sam\n  kpi: nps\n  value: 5\n  value: 6\n"
            + "- at: 2026-09-02T10:00:00Z\n  by: sam\n  kpi: nps\n  value: 7\n");
    Files.write(
        ws.resolve("kpis/latin1.yaml"),
        "kind: kpi\nid: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    write(ws, "kpis/empty.yaml", "");
    CliRunner.Result check = run(ws, Map.of(), "check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out() + check.err())
        .contains("error[wrong-type]", "error[duplicate-key]", "title: Again");
    assertSameEveryWay(ws);
  }

  private void assertSameEveryWay(Path ws) throws IOException {
    // Long ago, so that no file is racily clean and the warm runs really are warm.
    try (Stream<Path> files = Files.walk(ws)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
      }
    }
    Path cacheHome = tmp.resolve("cache-" + ws.getFileName());
    Map<String, String> cached = Map.of("XDG_CACHE_HOME", cacheHome.toString());
    for (List<String> command : COMMANDS) {
      String[] args = command.toArray(String[]::new);
      CliRunner.Result off = run(ws, Map.of("OKR_NO_CACHE", "1"), args);
      CliRunner.Result cold = run(ws, cached, args);
      CliRunner.Result warm = run(ws, cached, args);
      assertThat(cold).as("cold %s", command).isEqualTo(off);
      assertThat(warm).as("warm %s", command).isEqualTo(off);
    }
    try (Stream<Path> made = Files.walk(cacheHome)) {
      assertThat(made.filter(p -> p.getFileName().toString().equals("parsed"))).hasSize(1);
    }
  }

  private static CliRunner.Result run(Path ws, Map<String, String> env, String... args) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("NO_COLOR", "1");
    all.put("USER", "tester");
    String[] line =
        Stream.concat(Stream.of(args), Stream.of("--today", "2026-11-23", "--width", "80"))
            .toArray(String[]::new);
    return CliRunner.run(ws, all, line);
  }

  private static void write(Path ws, String file, String text) throws IOException {
    Files.writeString(ws.resolve(file), text, StandardCharsets.UTF_8);
  }
}
