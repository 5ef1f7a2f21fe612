package okr.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okr.store.Slugs;

/**
 * Key result ids: written by the person ({@code wau: Raise weekly active users}), or made from the
 * distinctive words of the title, so "Raise weekly active users to 5,000" is {@code
 * weekly-active-users} rather than {@code raise}. Ids stay unique within their objective.
 */
final class KrIds {

  /** How many distinctive words an id takes before it needs more to be unique. */
  private static final int WORDS = 3;

  /**
   * An explicit id before the title: lowercase slug, a colon, a space, and a title that starts with
   * a capital letter. A lowercase word after the colon reads as the title going on ({@code p95:
   * under 200 ms}), and taking the prefix as an id would drop a word of it.
   */
  private static final Pattern EXPLICIT = Pattern.compile("([a-z0-9][a-z0-9-]*):\\s+(\\p{Lu}.*)");

  /** Verbs that say which way a number goes or that it gets done, not what it is about. */
  private static final Set<String> VERBS =
      Set.of(
          "raise",
          "increase",
          "reduce",
          "decrease",
          "improve",
          "grow",
          "lower",
          "cut",
          "boost",
          "achieve",
          "reach",
          "hit",
          "get",
          "keep",
          "maintain",
          "double",
          "triple",
          "halve",
          "drive",
          "make",
          "bring",
          "go",
          "move",
          "lift",
          "drop",
          "shrink",
          "expand",
          "deliver",
          "sign",
          "win",
          "ship",
          "launch",
          "release",
          "complete",
          "finish",
          "publish",
          "hire",
          "close",
          "build",
          "create");

  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "of", "and", "or", "our", "my", "all", "its", "their", "new", "more",
          "less", "fewer", "is", "are", "be", "we", "us", "it", "so", "that", "this", "each",
          "every", "one", "two", "three", "up", "down", "least", "most", "than", "per");

  /** Where the thing measured ends and its amount or place begins: "users | to 5,000". */
  private static final Set<String> BOUNDARY =
      Set.of(
          "to", "from", "by", "under", "below", "above", "over", "in", "within", "at", "before",
          "after", "on", "for", "with", "into");

  private KrIds() {}

  /** A title with an optional explicit id: {@code id} is null when none was written. */
  record Titled(String id, String title) {}

  static Titled split(String text) {
    Matcher m = EXPLICIT.matcher(text.strip());
    if (m.matches() && !NewFiles.isDeviceName(m.group(1))) {
      return new Titled(m.group(1), m.group(2).strip());
    }
    return new Titled(null, text.strip());
  }

  /** Whether YAML would read {@code id} as something other than text. */
  static boolean isReserved(String id) {
    return okr.model.Slugs.isYamlWord(id);
  }

  /** The id a title gets among the ids {@code taken} in its objective. */
  static String derive(String title, Collection<String> taken) {
    Words words = distinctive(title);
    List<String> all = new ArrayList<>(words.measured());
    all.addAll(words.more());
    for (int n = Math.min(WORDS, words.measured().size()); n <= all.size(); n++) {
      String candidate = String.join("-", all.subList(0, n));
      if (!taken.contains(candidate) && !isReserved(candidate)) {
        return candidate;
      }
    }
    String base = String.join("-", all.subList(0, Math.min(WORDS, all.size())));
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** The words before a title's first boundary word, and those after it. */
  record Words(List<String> measured, List<String> more) {}

  /**
   * The words that name what a key result measures: the title's words before its first boundary
   * word, without verbs of direction, stop words and numbers; then the words after it, for when
   * more are needed. A title of verbs and numbers only keeps its first word.
   */
  static Words distinctive(String title) {
    String[] all = Slugs.of(title).split("-");
    List<String> words = new ArrayList<>();
    List<String> later = new ArrayList<>();
    List<String> into = words;
    for (String word : all) {
      if (BOUNDARY.contains(word) && !words.isEmpty()) {
        into = later;
        continue;
      }
      if (word.length() > 1
          && !Character.isDigit(word.charAt(0))
          && !VERBS.contains(word)
          && !STOP.contains(word)
          && !BOUNDARY.contains(word)) {
        into.add(word);
      }
    }
    if (words.isEmpty()) {
      words.add(all[0].isEmpty() || Character.isDigit(all[0].charAt(0)) ? "kr" : all[0]);
    }
    return new Words(words, later);
  }
}
