package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okr.RandomStrings;
import org.junit.jupiter.api.Test;

/** The built-in period labels, read by hand, against the patterns they were read with before. */
class PeriodLabelsTest {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  @Test
  void everyKindReadsWhatItsPatternMatchedWithTheSameYearAndIndex() {
    List<String> labels = new ArrayList<>();
    for (String year : List.of("0000", "0999", "1000", "2026", "9999", "202", "20266", "2O26")) {
      labels.add(year);
      for (String rest :
          List.of(
              "-H1",
              "-H2",
              "-H0",
              "-H3",
              "-Q1",
              "-Q4",
              "-Q5",
              "-Q0",
              "-01",
              "-12",
              "-00",
              "-99",
              "-1",
              "-123",
              "-W01",
              "-W53",
              "-W5",
              "-W100",
              "-h1",
              "-q1",
              "-w01",
              "H1",
              "-H12",
              "-Q1 ",
              " -Q1",
              "-\u0665\u0665",
              "-W\u0661\u0662")) {
        labels.add(year + rest);
      }
    }
    Random random = new Random(18);
    for (int i = 0; i < 200_000; i++) {
      labels.add(RandomStrings.of(random, "0123456789-HQW12", 9));
    }
    for (String label : labels) {
      expectSame(PeriodCalendar.Kind.YEAR, YEAR, label);
      expectSame(PeriodCalendar.Kind.HALF, HALF, label);
      expectSame(PeriodCalendar.Kind.QUARTER, QUARTER, label);
      expectSame(PeriodCalendar.Kind.MONTH, MONTH, label);
      expectSame(PeriodCalendar.Kind.WEEK, WEEK, label);
    }
  }

  private static void expectSame(PeriodCalendar.Kind kind, Pattern pattern, String label) {
    Matcher m = pattern.matcher(label);
    int expected =
        m.matches()
            ? Integer.parseInt(m.group(1)) * 100
                + (m.groupCount() > 1 ? Integer.parseInt(m.group(2)) : 1)
            : -1;
    assertThat(kind.read(label)).as(kind + " " + label).isEqualTo(expected);
  }
}
