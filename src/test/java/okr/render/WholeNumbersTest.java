package okr.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okr.RandomStrings;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

  @Test
  void positiveNumbersAreWhatTheRegexesTook() {
    List<String> cases =
        new ArrayList<>(
            List.of(
                "",
                "0",
                "1",
                "01",
                "10",
                "120",
                "9999",
                "10000",
                "123456789",
                "1234567890",
                "\u0661",
                "1 ",
                "-1",
                "+1"));
    Random random = new Random(18);
    for (int i = 0; i < 100_000; i++) {
      cases.add(RandomStrings.of(random, "0123456789", 11));
    }
    int[][] ranges = {{1, 9}, {2, 4}, {1, 5}, {1, 1}, {3, 3}};
    for (String s : cases) {
      for (int[] r : ranges) {
        String regex = "[1-9][0-9]{" + (r[0] - 1) + "," + (r[1] - 1) + "}";
        assertThat(WholeNumbers.isPositive(s, r[0], r[1]))
            .as(s + " " + regex)
            .isEqualTo(s.matches(regex));
      }
    }
  }
}
