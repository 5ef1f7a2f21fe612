package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renaming a key result on a copy of the Maratona example: what a person sees of its history (the
 * check-ins `okr show` and `okr log` list, its current value and score, the scorecard) is the same
 * under the new ref, and stays so when its objective is renamed afterwards.
 */
class MvKeyResultTest extends OnMaratonaCopy {

  private static final String TODAY = "2026-09-20";

  MvKeyResultTest() {
    super(TODAY);
  }

  /** Each check-in `okr show` lists: when, by whom, value, confidence and notes. */
  private static List<String> checkins(JsonNode show) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : show.get("checkins")) {
      out.add(
          String.join(
              " ",
              c.get("at").asString(),
              c.get("by").asString(),
              c.get("value").toString(),
              c.get("confidence").toString(),
              c.get("progress").toString(),
              c.get("plans").toString(),
              c.get("problems").toString()));
    }
    return out;
  }

  /** The key result's value, progress, score, pace and confidence as `okr show` computes them. */
  private static List<String> standing(JsonNode show) {
    JsonNode kr = show.get("keyResult");
    return List.of(
        kr.get("current").toString(),
        kr.get("progress").toString(),
        kr.get("score").toString(),
        kr.get("pace").toString(),
        kr.get("confidence").toString(),
        kr.get("lastUpdate").toString());
  }

  /** The check-ins `okr log REF --kind checkin --format json` lists, as written. */
  private JsonNode logCheckins(String ref) {
    return JsonMapper.shared()
        .readTree(ok("log", ref, "--kind", "checkin", "--format", "json"))
        .get("entries");
  }

  @Test
  void historyFollowsTheRenamedKeyResultAndALaterObjectiveRename() {
    JsonNode before = showJson("maratona/climb");
    JsonNode logBefore = logCheckins("maratona/climb");
    String statusBefore = ok("status", "--today", TODAY);
    assertThat(checkins(before)).hasSize(12);
    assertThat(logBefore.size()).isEqualTo(12);

    String mv = ok("mv", "maratona/climb", "maratona/big-climb", "--yes");
    assertThat(mv).contains("Renamed maratona/climb to maratona/big-climb in 1 file");

    JsonNode after = showJson("maratona/big-climb");
    assertThat(after.get("keyResult").get("ref").asString()).isEqualTo("maratona/big-climb");
    assertThat(checkins(after)).isEqualTo(checkins(before));
    assertThat(standing(after)).isEqualTo(standing(before));
    assertThat(logCheckins("maratona/big-climb")).isEqualTo(logBefore);
    assertThat(logCheckins("maratona/climb")).isEqualTo(logBefore);
    assertThat(ok("status", "--today", TODAY)).isEqualTo(statusBefore);
    assertThat(ok("check", "--today", TODAY)).contains(": 0 errors, 0 warnings");
    CliRunner.Result old = CliRunner.run(ws, "show", "maratona/climb", "--today", TODAY);
    assertThat(old.exit()).isEqualTo(2);

    ok("mv", "maratona", "tour", "--yes");

    JsonNode chained = showJson("tour/big-climb");
    assertThat(checkins(chained)).isEqualTo(checkins(before));
    assertThat(standing(chained)).isEqualTo(standing(before));
    assertThat(logCheckins("tour/big-climb")).isEqualTo(logBefore);
    assertThat(logCheckins("maratona/climb")).isEqualTo(logBefore);
    assertThat(ok("check", "--today", TODAY)).contains(": 0 errors, 0 warnings");
  }

  /**
   * A rename applies to the entries made before it: an id renamed away and given to another key
   * result later keeps the old history with the first key result, and its new check-ins with the
   * second.
   */
  @Test
  void anIdRenamedAwayCanBeGivenAgainAndEachKeyResultKeepsItsOwnCheckIns() {
    List<String> climb = checkins(showJson("maratona/climb"));
    List<String> distance = checkins(showJson("maratona/distance"));
    ok("mv", "maratona/climb", "maratona/big-climb", "--yes");
    ok("mv", "maratona/distance", "climb", "--yes");
    ok(
        "checkin",
        "maratona/climb",
        "--value",
        "137",
        "--confidence",
        "9",
        "--at",
        "2026-09-20T20:00:00+02:00");
    assertThat(checkins(showJson("maratona/big-climb"))).isEqualTo(climb);
    List<String> reused = checkins(showJson("maratona/climb"));
    assertThat(reused).hasSize(distance.size() + 1).containsAll(distance);
    assertThat(reused).anyMatch(c -> c.contains(" 137.0 9 "));
  }

  @Test
  void renamingBackKeepsTheHistory() {
    List<String> before = checkins(showJson("maratona/climb"));

    ok("mv", "maratona/climb", "big-climb", "--yes");
    ok("mv", "maratona/big-climb", "climb", "--yes");

    assertThat(checkins(showJson("maratona/climb"))).isEqualTo(before);
    assertThat(ok("check", "--today", TODAY)).contains(": 0 errors, 0 warnings");
  }

  @Test
  void aRefusedRenameWritesNothing() throws Exception {
    java.util.Map<Path, byte[]> files = snapshot();

    CliRunner.Result moved = CliRunner.run(ws, "mv", "maratona/climb", "train/climb", "--yes");

    assertThat(moved.exit()).isEqualTo(2);
    assertThat(moved.err()).contains("cannot move to objective `train`").doesNotContain("\tat ");
    java.util.Map<Path, byte[]> now = snapshot();
    assertThat(now).containsOnlyKeys(files.keySet());
    files.forEach((file, bytes) -> assertThat(now.get(file)).as("%s", file).isEqualTo(bytes));
  }

  private java.util.Map<Path, byte[]> snapshot() throws Exception {
    java.util.Map<Path, byte[]> files = new java.util.HashMap<>();
    try (var walk = java.nio.file.Files.walk(ws)) {
      for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
        files.put(ws.relativize(p), java.nio.file.Files.readAllBytes(p));
      }
    }
    return files;
  }
}
