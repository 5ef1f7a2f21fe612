package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /**
   * Averages shown with two decimals: a mean a bit off the stream's could round the other way on
   * the edge (0.455), so the loop must give DoubleStream.average()'s bits, for short lists of
   * scores and long lists of any size of value.
   */
  @Test
  void theMeanIsTheStreamsAverageToTheBit() {
    Random random = new Random(18);
    for (int i = 0; i < 100_000; i++) {
      int n = 1 + random.nextInt(i % 10 == 0 ? 200 : 8);
      double[] values = new double[n + random.nextInt(3)];
      for (int j = 0; j < values.length; j++) {
        values[j] =
            switch (random.nextInt(4)) {
              case 0 -> random.nextInt(101) / 100.0;
              case 1 -> random.nextDouble() * 1.5;
              case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
              default -> random.nextInt(21) / 20.0;
            };
      }
      double expected = Arrays.stream(values, 0, n).average().orElseThrow();
      assertThat(Double.doubleToLongBits(Scorecard.mean(values, n)))
          .as(Arrays.toString(Arrays.copyOf(values, n)))
          .isEqualTo(Double.doubleToLongBits(expected));
    }
  }

  @Test
  void infinitiesAndNotANumberAverageAsTheStreamDoes() {
    double[][] cases = {
      {Double.POSITIVE_INFINITY, 1},
      {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY},
      {Double.NaN, 1},
      {Double.MAX_VALUE, Double.MAX_VALUE},
      {0.455, 0.455, 0.455}
    };
    for (double[] values : cases) {
      double expected = Arrays.stream(values).average().orElseThrow();
      assertThat(Double.doubleToLongBits(Scorecard.mean(values, values.length)))
          .as(Arrays.toString(values))
          .isEqualTo(Double.doubleToLongBits(expected));
    }
  }
}
