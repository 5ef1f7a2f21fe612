package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nd and Nw, as `okr digest --since` and `checkin_every:` both read them. */
class DayCountTest {

  @Test
  void daysAndWeeks() {
    assertThat(DayCount.days("10d")).hasValue(10);
    assertThat(DayCount.days("2w")).hasValue(14);
    assertThat(DayCount.days("0d")).hasValue(0);
    assertThat(DayCount.days("007d")).hasValue(7);
    assertThat(DayCount.days("1234567890123456789012w")).hasValue(DayCount.BEYOND_ANY_DATE * 7);
  }

  @Test
  void anythingElseIsNoCount() {
    for (String text :
        new String[] {
          "", "d", "w", "7", "-1d", "1.5w", "1 w", "2W", "1m", "w2", "+1d", "\u0663d", "1dd", "1d "
        }) {
      assertThat(DayCount.days(text)).as(text).isEmpty();
    }
  }
}
