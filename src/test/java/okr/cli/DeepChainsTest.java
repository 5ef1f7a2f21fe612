package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How deep a chain goes is the user's to choose, not the JVM stack's: `aligns_to`, `leads:` and
 * `carried_from` chains and cycles of any length are walked with the walker's own stack, through
 * the whole CLI. Files are named so that every walk starts at the deep end. (100,000 was run by
 * hand: `okr check` reports the one cycle, but takes minutes, since rules look ids up one by one.)
 */
class DeepChainsTest {

  @TempDir Path ws;

  private static String id(String prefix, int i) {
    return String.format("%s%06d", prefix, i);
  }

  /** o000000 aligns to o000001 … to the last, which aligns to the first when {@code cycle}. */
  private void objectives(int n, boolean cycle) throws IOException {
    Files.writeString(ws.resolve("okr.yaml"), "name: Deep\n");
    for (int i = 0; i < n; i++) {
      String parent = i + 1 < n ? id("o", i + 1) : cycle ? id("o", 0) : null;
      Files.writeString(
          ws.resolve(id("o", i) + ".yaml"),
          "kind: objective\nid: "
              + id("o", i)
              + "\ntitle: T\nperiod: 2026-Q3\n"
              + (parent == null ? "" : "aligns_to: " + parent + "\n")
              + (i == 0 ? "" : "carried_from: " + id("o", i - 1) + "\n"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {10_000})
  void alignmentChainIsCheckedAndDrawn(int n) throws IOException {
    objectives(n, false);
    CliRunner.Result check = CliRunner.run(ws, "check", "--today", "2026-08-01");
    assertThat(check.err()).doesNotContain("Exception", "internal error");
    assertThat(check.exit()).isZero();
    CliRunner.Result tree = CliRunner.run(ws, "tree", "--today", "2026-08-01");
    assertThat(tree.exit()).as(tree.err()).isZero();
    assertThat(tree.out()).contains(id("o", 0), id("o", n - 1));
    CliRunner.Result json = CliRunner.run(ws, "tree", "--format", "json", "--today", "2026-08-01");
    assertThat(json.exit()).isEqualTo(1);
    assertThat(json.err())
        .startsWith("okr: the alignment tree is deeper than 256 levels")
        .contains("--format csv")
        .doesNotContain("Exception");
    CliRunner.Result csv = CliRunner.run(ws, "tree", "--format", "csv", "--today", "2026-08-01");
    assertThat(csv.exit()).isZero();
    assertThat(csv.out().lines()).hasSize(n + 1);
    CliRunner.Result show = CliRunner.run(ws, "show", id("o", n - 1), "--format", "json");
    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(show.out()).contains(id("o", 0));
  }

  @ParameterizedTest
  @ValueSource(ints = {10_000})
  void alignmentCycleIsOneLocatedError(int n) throws IOException {
    objectives(n, true);
    CliRunner.Result check = CliRunner.run(ws, "check", "--today", "2026-08-01");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out())
        .contains(
            id("o", 0)
                + ".yaml:5:12: error[alignment-cycle]: objectives align to each other in a"
                + " circle: o000000 → o000001 → o000002 → … → ")
        .contains(String.format(java.util.Locale.ROOT, "(%,d in the circle)", n));
    assertThat(check.out().lines().filter(l -> l.contains("error[alignment-cycle]"))).hasSize(1);
    CliRunner.Result tree = CliRunner.run(ws, "tree", "--today", "2026-08-01");
    assertThat(tree.err()).doesNotContain("Exception", "internal error");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void leadsChainOfTenThousandKpis(boolean cycle) throws IOException {
    int n = 10_000;
    Files.writeString(ws.resolve("okr.yaml"), "name: Deep\n");
    for (int i = 0; i < n; i++) {
      String led = i + 1 < n ? id("k", i + 1) : cycle ? id("k", 0) : null;
      Files.writeString(
          ws.resolve(id("k", i) + ".yaml"),
          "kind: kpi\nid: "
              + id("k", i)
              + "\ntitle: K\nunit: m\nindicator: leading\n"
              + (led == null ? "" : "leads: [" + led + "]\n"));
    }
    Files.writeString(
        ws.resolve("o.yaml"),
        "kind: objective\nid: o\ntitle: O\nperiod: 2026-Q3\nkey_results:\n"
            + "  - {id: a, title: A, baseline: 0, target: 10, kpi: "
            + id("k", n - 1)
            + "}\n");
    CliRunner.Result check = CliRunner.run(ws, "check", "--today", "2026-08-01");
    assertThat(check.err()).doesNotContain("Exception", "internal error");
    assertThat(check.exit()).isEqualTo(cycle ? 1 : 0);
    assertThat(check.out().contains("error[leads-cycle]")).isEqualTo(cycle);
    CliRunner.Result tree = CliRunner.run(ws, "tree", "--kpis", "--today", "2026-08-01");
    assertThat(tree.err()).doesNotContain("Exception", "internal error");
    CliRunner.Result show = CliRunner.run(ws, "show", id("k", n - 1));
    assertThat(show.exit()).as(show.err()).isZero();
  }
}
