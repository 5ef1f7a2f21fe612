package okr.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void numbersReadAsPeopleWriteThem() {
    assertThat(Numbers.format(4230.0)).isEqualTo("4,230");
    assertThat(Numbers.format(1234567.891)).isEqualTo("1,234,567.89");
    assertThat(Numbers.format(99.9)).isEqualTo("99.9");
    assertThat(Numbers.format(0.005)).isEqualTo("0.01");
    assertThat(Numbers.format(-1500.5)).isEqualTo("-1,500.5");
    assertThat(Numbers.format(-0.001)).isEqualTo("0");
    assertThat(Numbers.format(0.0)).isEqualTo("0");
    assertThat(Numbers.format(100.0)).isEqualTo("100");
    assertThat(Numbers.format(null)).isEqualTo("–");
  }
}
