package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Renaming an initiative on a copy of the Maratona example: its check-ins, progress and overdue
 * state stay the same under the new ref, in `okr show`, `okr log` and `okr report`, and stay so
 * when its objective is renamed afterwards.
 */
class MvInitiativeTest extends OnMaratonaCopy {

  private static final String TODAY = "2026-09-30";

  MvInitiativeTest() {
    super(TODAY);
  }

  /** What `okr show` says of the initiative's work, without its id and ref. */
  private static List<String> standing(JsonNode show) {
    JsonNode i = show.get("initiative");
    return List.of(
        i.get("title").asString(),
        i.get("progress").toString(),
        i.get("progressFrom").toString(),
        i.get("done").toString(),
        i.get("overdue").toString(),
        i.get("daysOverdue").toString(),
        show.get("checkins").toString());
  }

  private String reportMarkdown() {
    return ok("report", "--period", "2026-Q3", "--today", TODAY);
  }

  @Test
  void checkInsFollowTheRenamedInitiativeAndALaterObjectiveRename() {
    JsonNode before = showJson("maratona/hill-rides");
    String report = reportMarkdown();
    assertThat(before.get("checkins")).hasSize(1);
    assertThat(before.get("initiative").get("progressFrom").asString()).isEqualTo("checkin");
    assertThat(report).contains("hill rides (in-progress): **75 % · due 2026-09-27, overdue");

    assertThat(ok("mv", "maratona/hill-rides", "maratona/club-rides", "--yes"))
        .contains("Renamed maratona/hill-rides to maratona/club-rides in 1 file");

    JsonNode after = showJson("maratona/club-rides");
    assertThat(after.get("initiative").get("ref").asString()).isEqualTo("maratona/club-rides");
    assertThat(standing(after)).isEqualTo(standing(before));
    assertThat(reportMarkdown()).isEqualTo(report);
    assertThat(ok("log", "maratona/club-rides", "--kind", "checkin")).contains("hill-rides");
    assertThat(ok("check", "--today", TODAY)).contains(": 0 errors");
    assertThat(CliRunner.run(ws, "show", "maratona/hill-rides", "--today", TODAY).exit())
        .isEqualTo(2);

    ok("mv", "maratona", "tour", "--yes");

    assertThat(standing(showJson("tour/club-rides"))).isEqualTo(standing(before));
    assertThat(ok("check", "--today", TODAY)).contains(": 0 errors");
  }

  @Test
  void aNewIdThatAKeyResultOrInitiativeOfTheObjectiveHasIsRefused() {
    CliRunner.Result kr = CliRunner.run(ws, "mv", "maratona/hill-rides", "climb", "--yes");
    CliRunner.Result other = CliRunner.run(ws, "mv", "maratona/hill-rides", "bike-fit", "--yes");
    CliRunner.Result reverse = CliRunner.run(ws, "mv", "maratona/climb", "bike-fit", "--yes");

    assertThat(kr.exit()).isEqualTo(2);
    assertThat(kr.err()).contains("`maratona/climb` is taken by a key result of maratona");
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err())
        .contains("`maratona/bike-fit` is taken by another initiative of maratona");
    assertThat(reverse.exit()).isEqualTo(2);
    assertThat(reverse.err()).contains("`maratona/bike-fit` is taken by an initiative of maratona");
    assertThat(standing(showJson("maratona/hill-rides")).get(1)).isEqualTo("75.0");
  }
}
