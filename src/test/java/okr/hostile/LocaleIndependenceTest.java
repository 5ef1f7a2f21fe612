package okr.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okr.TestFiles;
import okr.cli.CliRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files okr writes are the same bytes whatever the JVM's default locale: numbers, dates, month
 * folders and ids never take the digits, separators or case rules of the person's language, so a
 * journal written in Cairo, Tehran, Bangkok, Delhi or Istanbul merges with one written in Berlin.
 * Every writing command runs once under {@link Locale#ROOT} and once under the locale given; the
 * workspaces must end up byte for byte the same (but for entry ids, which are random).
 */
class LocaleIndependenceTest {

  /** Entry ids hold the wall-clock millisecond and 80 random bits, so they differ per run. */
  private static final Pattern ENTRY_ID =
      Pattern.compile("\\b[0-9a-hjkmnp-tv-z]{26}\\b", Pattern.CASE_INSENSITIVE);

  private static final Map<String, String> ENV =
      Map.of("NO_COLOR", "1", "USER", "tester", "OKR_USER", "glen");

  private final Locale original = Locale.getDefault();

  @TempDir Path tmp;

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(original);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ar-EG",
        "ar-SA-u-nu-arab",
        "fa-IR",
        "th-TH-u-nu-thai",
        "hi-IN-u-nu-deva",
        "mr-IN",
        "bn-BD",
        "my-MM",
        "tr-TR",
        "az-AZ",
        "de-DE",
        "fr-CH",
        "de-CH",
        "ja-JP-u-ca-japanese",
        "th-TH-u-ca-buddhist"
      })
  void everyWrittenByteIsTheSameAsUnderTheRootLocale(String tag) throws IOException {
    Locale locale = Locale.forLanguageTag(tag);
    Map<String, String> root = writeEverything(tmp.resolve("root"), Locale.ROOT);
    Map<String, String> localised = writeEverything(tmp.resolve("localised"), locale);
    assertThat(localised.keySet()).as("files written under " + tag).isEqualTo(root.keySet());
    for (String file : root.keySet()) {
      assertThat(localised.get(file)).as(file + " under " + tag).isEqualTo(root.get(file));
    }
  }

  /**
   * Machine formats are read by programs, and okr's own views use ASCII digits throughout: a
   * diagnostic quoting a size, or a week number in {@code kpis --pairs}, must not switch script
   * half-way through a line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "de-DE", "tr-TR"})
  void everyOutputIsTheSameAsUnderTheRootLocale(String tag) throws IOException {
    Path ws = tmp.resolve("ws");
    TestFiles.copyTree(Path.of("examples/maratona"), ws);
    try (java.io.RandomAccessFile big =
        new java.io.RandomAccessFile(ws.resolve("objectives/big.yaml").toFile(), "rw")) {
      big.setLength(2_345_678);
    }
    List<String[]> commands =
        List.of(
            new String[] {"check", "--format", "json"},
            new String[] {"check", "--format", "sarif"},
            new String[] {"check", "--format", "junit"},
            new String[] {"check", "--format", "github"},
            new String[] {"check"},
            new String[] {"status", "--format", "json"},
            new String[] {"status", "--format", "csv"},
            new String[] {"status", "--format", "md"},
            new String[] {"status"},
            new String[] {"kpis", "--pairs"},
            new String[] {"kpis", "--format", "json"},
            new String[] {"log", "--format", "json"},
            new String[] {"show", "maratona"},
            new String[] {"report", "--format", "html"});
    for (String[] args : commands) {
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(List.of("--today", "2026-11-23"));
      String[] line = all.toArray(String[]::new);
      Locale.setDefault(Locale.ROOT);
      CliRunner.Result root = CliRunner.run(ws, ENV, line);
      Locale.setDefault(Locale.forLanguageTag(tag));
      CliRunner.Result localised;
      try {
        localised = CliRunner.run(ws, ENV, line);
      } finally {
        Locale.setDefault(original);
      }
      String what = String.join(" ", args) + " under " + tag;
      assertThat(localised.out()).as(what).isEqualTo(root.out());
      assertThat(localised.err()).as(what).isEqualTo(root.err());
      assertThat(localised.exit()).as(what).isEqualTo(root.exit());
    }
  }

  /**
   * The test itself can fail: under one of these locales, formatting the way okr must not does give
   * other digits, so a regression would show as a difference above.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "my-MM"})
  void theseLocalesReallyWriteOtherDigits(String tag) {
    assertThat(String.format(Locale.forLanguageTag(tag), "%d", 2026)).isNotEqualTo("2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr-TR", "az-AZ"})
  void theseLocalesReallyChangeTheCaseOfI(String tag) {
    assertThat("ID".toLowerCase(Locale.forLanguageTag(tag))).isNotEqualTo("id");
  }

  /** Every command that writes, with numbers, dates and an i to change case; all files after. */
  private Map<String, String> writeEverything(Path dir, Locale locale) throws IOException {
    Path ws = dir.resolve("ws");
    TestFiles.copyTree(Path.of("examples/maratona"), ws);
    Files.writeString(
        ws.resolve("good.csv"),
        "at,value,kpi\n2026-09-27,6100.25,weekly-climb\n2026-10-04T07:30:00+02:00,1234567.5,weekly-climb\n");
    Path fresh = dir.resolve("Fresh İI");
    Files.createDirectories(fresh);
    List<String[]> commands =
        List.of(
            new String[] {"-C", fresh.toString(), "init", "--yes"},
            new String[] {
              "new",
              "objective",
              "--title",
              "Ride 1234567.5 km in 2027 IN ISTANBUL",
              "--period",
              "2026-Q4",
              "--kr",
              "Climb 1,234.5 m|1000.25|2500.75|m",
              "--kr",
              "Photo at the finish|milestone"
            },
            new String[] {
              "new",
              "kpi",
              "--title",
              "HOURS ON THE BIKE IN WINTER",
              "--unit",
              "h",
              "--indicator",
              "leading",
              "--better",
              "higher",
              "--target",
              "12.5",
              "--green",
              "10",
              "--amber",
              "7.25"
            },
            new String[] {
              "new",
              "goal",
              "--title",
              "LEARN ITALIAN IN 2027",
              "--baseline",
              "0",
              "--target",
              "1200.5",
              "--unit",
              "lessons",
              "--achievable",
              "20 minutes",
              "--relevant",
              "Italy",
              "--due",
              "2027-06-30"
            },
            new String[] {
              "checkin",
              "maratona/climb",
              "--value",
              "4000.5",
              "--confidence",
              "8",
              "--progress",
              "I did it",
              "--at",
              "2026-09-22T18:00:00+02:00"
            },
            new String[] {"record", "weekly-climb", "6100.75", "--at", "2026-09-27T19:30:00+02:00"},
            new String[] {"record", "--csv", "good.csv"},
            new String[] {"close", "2026-Q3", "--yes", "--note", "IN THE RAIN"},
            new String[] {"mv", "maratona/climb", "maratona/big-climb", "--yes"},
            new String[] {"rollover", "maratona", "--to", "2026-Q4", "--yes"},
            new String[] {"undo", "--yes"},
            new String[] {"report", "--period", "2026-Q3", "-o", "report.md"},
            new String[] {"report", "--period", "2026-Q3", "--format", "html", "-o", "report.html"},
            new String[] {"report", "--period", "2026-Q3", "--format", "json", "-o", "report.json"},
            new String[] {"report", "--period", "2026-Q3", "--format", "csv", "-o", "report.csv"});
    Locale.setDefault(locale);
    try {
      for (String[] args : commands) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--today", "2026-11-23"));
        CliRunner.Result result = CliRunner.run(ws, ENV, all.toArray(String[]::new));
        assertThat(result.exit())
            .as(String.join(" ", args) + " under " + locale.toLanguageTag() + ": " + result.err())
            .isZero();
      }
    } finally {
      Locale.setDefault(original);
    }
    return contents(dir);
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher ids = ENTRY_ID.matcher(text);
        files.put(dir.relativize(file).toString(), ids.replaceAll("<id>"));
      }
    }
    return files;
  }
}
