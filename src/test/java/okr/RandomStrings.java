package okr;

import java.util.Random;

/**
 * Random short strings for comparing a hand-written matcher with the regex it replaced: mostly from
 * the characters the regex is about, now and then one it must not take for one of them (a non-ASCII
 * digit, a non-breaking space, a line separator, a surrogate pair, a lone surrogate).
 */
public final class RandomStrings {
  private static final String[] STRANGERS = {
    "\u0665",
    "\uFF11",
    "\u00A0",
    "\u2028",
    "\u0085",
    "\n",
    "\r",
    "\t",
    "\u000B",
    "\f",
    " ",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "\u00E9",
    "e\u0301",
    "\0",
    "\u0130"
  };

  private RandomStrings() {}

  public static String of(Random random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextInt(12) == 0) {
        s.append(STRANGERS[random.nextInt(STRANGERS.length)]);
      } else {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return s.toString();
  }
}
