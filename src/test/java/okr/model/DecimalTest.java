package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import okr.model.Decimal.Problem;
import org.junit.jupiter.api.Test;

class DecimalTest {

  private static Double value(String text) {
    Decimal.Reading reading = Decimal.read(text);
    assertThat(reading.problem()).as(text).isNull();
    return reading.value();
  }

  private static Problem problem(String text) {
    return Decimal.read(text).problem();
  }

  @Test
  void plainDecimalsRead() {
    assertThat(value("70")).isEqualTo(70.0);
    assertThat(value("-1.5")).isEqualTo(-1.5);
    assertThat(value("+4.25")).isEqualTo(4.25);
    assertThat(value("2e3")).isEqualTo(2000.0);
    assertThat(value("2.5E-2")).isEqualTo(0.025);
    assertThat(value("  12 ")).isEqualTo(12.0);
  }

  @Test
  void wholeNumbersReadTheSameAtEveryLengthUpToAndPastTheirShortCut() {
    // Short whole numbers skip the patterns; either side of 15 digits the value is the same.
    assertThat(value("-3")).isEqualTo(-3.0);
    assertThat(value("999999999999999")).isEqualTo(999_999_999_999_999.0);
    assertThat(value("-1000000000000000")).isEqualTo(-1_000_000_000_000_000.0);
    assertThat(value("12345678901234567")).isEqualTo(12_345_678_901_234_567.0);
    assertThat(Double.doubleToRawLongBits(value("0"))).isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(problem("00")).isEqualTo(Problem.OTHER_NOTATION);
    assertThat(problem("0012")).isEqualTo(Problem.OTHER_NOTATION);
    assertThat(problem("-")).isEqualTo(Problem.NOT_A_NUMBER);
  }

  @Test
  void aMissingWholeOrFractionDigitIsStillOneNumber() {
    assertThat(value(".5")).isEqualTo(0.5);
    assertThat(value("-.5")).isEqualTo(-0.5);
    assertThat(value("5.")).isEqualTo(5.0);
    assertThat(problem(".")).isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(problem("-")).isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(problem("e5")).isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(problem("")).isEqualTo(Problem.NOT_A_NUMBER);
  }

  @Test
  void shortFractionsReadAsBigDecimalReadsThemEitherSideOfTheirShortCut() {
    // Up to 15 digits skip the patterns and BigDecimal; the value must be the one BigDecimal
    // gives, bit for bit, at every length, scale and sign, and past the short cut too.
    java.util.Random random = new java.util.Random(18);
    for (int i = 0; i < 200_000; i++) {
      int digits = 1 + random.nextInt(18);
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
      String number = Long.toString(Math.abs(random.nextLong()) % pow10(digits));
      int point = random.nextInt(number.length() + 1);
      text.append(number, 0, point).append('.').append(number.substring(point));
      String written = text.toString();
      double expected = new java.math.BigDecimal(written).doubleValue();
      assertThat(Double.doubleToRawLongBits(value(written)))
          .as(written)
          .isEqualTo(Double.doubleToRawLongBits(expected == 0 ? 0.0 : expected));
    }
    assertThat(value("0.1")).isEqualTo(0.1);
    assertThat(value("99.41")).isEqualTo(99.41);
    assertThat(value("123456789012.345")).isEqualTo(123_456_789_012.345);
    assertThat(value("1234567890123.4567")).isEqualTo(1_234_567_890_123.4567);
    assertThat(problem("01.5")).isEqualTo(Problem.OTHER_NOTATION);
    assertThat(problem("1.5.2")).isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(problem("1,5")).isEqualTo(Problem.OTHER_NOTATION);
    assertThat(problem("1.5x")).isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(problem("1.\u0665")).isEqualTo(Problem.NOT_A_NUMBER);
  }

  private static long pow10(int digits) {
    long p = 1;
    for (int i = 0; i < digits; i++) {
      p *= 10;
    }
    return p;
  }

  @Test
  void negativeZeroIsZero() {
    assertThat(Double.doubleToRawLongBits(value("-0"))).isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(Double.doubleToRawLongBits(value("-0.000")))
        .isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(Double.doubleToRawLongBits(value("-0.0e5")))
        .isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void otherNotationsAreRefusedWithThePlainDecimalToWrite() {
    assertThat(Decimal.read("1_000").plain()).isEqualTo("1000");
    assertThat(Decimal.read("1,200").plain()).isEqualTo("1200");
    assertThat(Decimal.read("012").plain()).isEqualTo("12");
    assertThat(Decimal.read("0x1F").plain()).isEqualTo("31");
    assertThat(Decimal.read("-0x1F").plain()).isEqualTo("-31");
    assertThat(Decimal.read("0o17").plain()).isEqualTo("15");
    assertThat(Decimal.read("0b101").plain()).isEqualTo("5");
    assertThat(problem("1_000")).isEqualTo(Problem.OTHER_NOTATION);
    assertThat(problem("0x" + "F".repeat(40))).isEqualTo(Problem.OTHER_NOTATION);
    assertThat(Decimal.read("0x" + "F".repeat(40)).plain()).isNull();
  }

  @Test
  void theLocaleNeverChangesTheGrammar() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(value("1.5")).isEqualTo(1.5);
      assertThat(problem("1,5")).isEqualTo(Problem.OTHER_NOTATION);
      // Digits of other scripts are letters to okr, as they are to a YAML reader.
      assertThat(problem("\u0663")).isEqualTo(Problem.NOT_A_NUMBER);
      assertThat(problem("\uFF11\uFF12")).isEqualTo(Problem.NOT_A_NUMBER);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void infinitiesAndNotANumberAreRefused() {
    assertThat(problem(".inf")).isEqualTo(Problem.NOT_FINITE);
    assertThat(problem("-.Inf")).isEqualTo(Problem.NOT_FINITE);
    assertThat(problem(".nan")).isEqualTo(Problem.NOT_FINITE);
    assertThat(problem("Infinity")).isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(problem("NaN")).isEqualTo(Problem.NOT_A_NUMBER);
  }

  @Test
  void oneSetOfLimitsForDigitsAndExponent() {
    assertThat(problem("9".repeat(400))).isEqualTo(Problem.TOO_MANY_DIGITS);
    assertThat(problem("0." + "0".repeat(399) + "1")).isEqualTo(Problem.TOO_MANY_DIGITS);
    assertThat(value("9".repeat(Decimal.MAX_DIGITS))).isEqualTo(1e40);
    assertThat(problem("1e400")).isEqualTo(Problem.TOO_LARGE);
    assertThat(problem("-1e400")).isEqualTo(Problem.TOO_LARGE);
    assertThat(problem("1e-400")).isEqualTo(Problem.TOO_SMALL);
    assertThat(problem("1e999999999999")).isEqualTo(Problem.TOO_LARGE);
    assertThat(problem("1e-999999999999")).isEqualTo(Problem.TOO_SMALL);
    assertThat(value("0e999999999999")).isEqualTo(0.0);
    assertThat(value("1.7976931348623157e308")).isEqualTo(Double.MAX_VALUE);
  }
}
