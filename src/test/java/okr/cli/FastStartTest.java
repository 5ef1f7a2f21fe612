package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command lines {@link FastStart} runs without picocli print and return exactly what picocli
 * makes of them, errors included; the others it leaves to picocli. Each line runs both ways on the
 * Acme example (views only: nothing is written).
 */
class FastStartTest {

  private static final Path ACME = Path.of("examples/acme").toAbsolutePath();

  private record Run(int exit, String out, String err) {}

  private static Run run(boolean fast, String[] args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Context ctx = context(out, err);
    int exit = OkrCli.run(ctx, fast, args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Context context(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return new Context(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of("NO_COLOR", "1", "USER", "tester"),
        Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC),
        ACME,
        false);
  }

  private static String[] args(String line) {
    return line.isEmpty() ? new String[0] : line.split(" ");
  }

  private static boolean takenFast(String[] args) {
    boolean version = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    Context ctx = context(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    return version || FastStart.parse(ctx, args) != null;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--version",
        "-V",
        "status",
        "status --format json",
        "status --format=csv",
        "status --format md",
        "--today 2026-11-20 status",
        "status --today=2026-11-20",
        "status --period 2026-Q3",
        "status --period 2025-Q9",
        "status --mine",
        "status --owner priya",
        "status --owner nobody",
        "status --team product",
        "status --as-of 2026-10-01",
        "status --as-of yesterday",
        "status --today 2026-13-01",
        "status --width 100 --ascii",
        "status --width 19",
        "status --color always",
        "status --color sometimes",
        "--period 2026-Q4",
        "--format json",
        "-C teams status",
        "-C /nonexistent/okr status",
        "--debug status",
        "kpis",
        "kpis --pairs",
        "kpis --format json --period 2026-Q4",
        "kpis --team product --width 120",
        "check",
        "check --format json",
        "check --format sarif",
        "check --format github",
        // Without a terminal these stop before asking or writing anything.
        "checkin",
        "checkin delight-customers",
        "checkin delight-customers/nps --dry-run",
        "checkin nosuch",
        "--today 2026-11-20 checkin --owner dana",
        "checkin --owner=dana --dry-run -C teams"
      })
  void aPlainLineRunsWithoutPicocliAndPrintsWhatPicocliWould(String line) {
    String[] args = args(line);
    assertThat(takenFast(args)).as("taken without picocli").isTrue();
    assertThat(run(true, args)).isEqualTo(run(false, args));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "status --help",
        "-h",
        "--version status",
        "-C . --version",
        "stauts",
        "status extra",
        "status status",
        "status --width abc",
        "status --width 0",
        "status --width 080",
        "status --format JSON",
        "status --format xml",
        "status --period",
        "status --period --mine",
        "status --period=",
        "status --mine --mine",
        "status --mine=true",
        "status --pairs",
        "--format json status",
        "status --",
        "-C status",
        "status -C.",
        "status -C=.",
        "@args",
        "status --owner @me",
        "check --strict",
        "check --period 2026-Q4",
        "tree",
        "show acme",
        "checkin --value 3 --dry-run",
        "checkin delight-customers/nps --confidence 11 --dry-run",
        "checkin a b",
        "checkin --owner",
        "checkin -- delight-customers",
        "checkin status",
        "delight-customers checkin",
        "checkin --help"
      })
  void anyOtherLineIsPicoclis(String line) {
    String[] args = args(line);
    assertThat(takenFast(args)).as("taken without picocli").isFalse();
    assertThat(run(true, args)).isEqualTo(run(false, args));
  }
}
