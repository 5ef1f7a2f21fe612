package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KrIdsTest {

  @Test
  void anIdNamesWhatIsMeasuredNotWhichWayItGoes() {
    assertThat(KrIds.derive("Raise weekly active users to 5,000", List.of()))
        .isEqualTo("weekly-active-users");
    assertThat(KrIds.derive("Reduce churn from 5% to 3%", List.of())).isEqualTo("churn");
    assertThat(KrIds.derive("Improve the NPS of our app by 20 points", List.of()))
        .isEqualTo("nps-app");
    assertThat(KrIds.derive("Climb 4,230 m in one training day", List.of())).isEqualTo("climb");
  }

  @Test
  void aTakenIdTakesMoreWordsThenANumber() {
    assertThat(KrIds.derive("Reduce churn in enterprise accounts", List.of("churn")))
        .isEqualTo("churn-enterprise");
    assertThat(KrIds.derive("Reduce churn", List.of("churn"))).isEqualTo("churn-2");
    assertThat(KrIds.derive("Reduce churn", List.of("churn", "churn-2"))).isEqualTo("churn-3");
  }

  @Test
  void aTitleOfVerbsAndNumbersKeepsItsFirstWord() {
    assertThat(KrIds.derive("Double to 2x", List.of())).isEqualTo("double");
    assertThat(KrIds.derive("100 %", List.of())).isEqualTo("kr");
    assertThat(KrIds.derive("Über-schnell", List.of())).isEqualTo("uber-schnell");
  }

  @Test
  void anIdWrittenBeforeTheTitleIsKept() {
    assertThat(KrIds.split("wau: Raise weekly active users to 5000"))
        .isEqualTo(new KrIds.Titled("wau", "Raise weekly active users to 5000"));
    assertThat(KrIds.split("Raise weekly active users to 5000"))
        .isEqualTo(new KrIds.Titled(null, "Raise weekly active users to 5000"));
  }

  @Test
  void aColonThatIsNotAnIdStaysInTheTitle() {
    // Not a slug (capitals, spaces), no space after the colon, or a Windows device name.
    assertThat(KrIds.split("NPS: from 50 to 70").id()).isNull();
    assertThat(KrIds.split("Ship v2: the beta").id()).isNull();
    assertThat(KrIds.split("at 10:30 daily").id()).isNull();
    assertThat(KrIds.split("con: Something").id()).isNull();
  }

  @Test
  void anIdIsOnlyTakenBeforeATitleThatStartsWithACapital() {
    // "p95: under 200 ms" reads as a title; taking "p95" as its id would lose a word of it.
    assertThat(KrIds.split("p95: under 200 ms"))
        .isEqualTo(new KrIds.Titled(null, "p95: under 200 ms"));
    assertThat(KrIds.split("p95: Under 200 ms")).isEqualTo(new KrIds.Titled("p95", "Under 200 ms"));
    assertThat(KrIds.split("null: d").id()).isNull();
  }

  @Test
  void aWordYamlReadsAsSomethingElseIsNoId() {
    assertThat(KrIds.isReserved("null")).isTrue();
    assertThat(KrIds.isReserved("true")).isTrue();
    assertThat(KrIds.isReserved("wau")).isFalse();
    assertThat(KrIds.derive("Null", List.of())).isEqualTo("null-2");
    assertThat(KrIds.derive("Yes", List.of())).isEqualTo("yes-2");
  }
}
