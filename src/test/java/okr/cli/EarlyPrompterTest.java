package okr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import okr.prompt.JLinePrompter;
import okr.prompt.Prompter;
import org.junit.jupiter.api.Test;

/** The first lines and question shown before JLine's terminal is open, and the hand-over. */
class EarlyPrompterTest {

  private final ByteArrayOutputStream plain = new ByteArrayOutputStream();
  private final List<String> calls = new ArrayList<>();
  private boolean open;
  private int takes;

  /** A prompter that notes what it was asked to do and answers "42". */
  private final Prompter jline =
      new Prompter() {
        @Override
        public void say(String line) {
          calls.add("say " + line);
        }

        @Override
        public String ask(String prompt) {
          calls.add("ask " + prompt);
          return "42";
        }

        @Override
        public String askShown(String prompt) {
          calls.add("askShown " + prompt);
          return "42";
        }

        @Override
        public String askLines(String prompt) {
          calls.add("askLines " + prompt);
          return "";
        }

        @Override
        public boolean confirm(String question, boolean defaultYes) {
          calls.add("confirm " + question);
          return true;
        }

        @Override
        public int width() {
          return 100;
        }

        @Override
        public void close() {
          calls.add("close");
        }
      };

  private EarlyPrompter prompter(OptionalInt plainWidth) {
    EarlyPrompter.Opening opening =
        new EarlyPrompter.Opening() {
          @Override
          public boolean isOpen() {
            return open;
          }

          @Override
          public Prompter take() {
            // Taking waits for the terminal, so it is open from then on.
            takes++;
            open = true;
            return jline;
          }

          @Override
          public OptionalInt plainWidth() {
            return plainWidth;
          }
        };
    return new EarlyPrompter(opening, new PrintStream(plain, true, StandardCharsets.UTF_8));
  }

  private String plainText() {
    return plain.toString(StandardCharsets.UTF_8);
  }

  @Test
  void beforeTheTerminalOpensLinesAndTheFirstQuestionAreWrittenPlainly() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120));

    assertEquals(120, early.width());
    early.say("[1/4] Ride the full course");
    String answer = early.ask("value (km): ");

    assertEquals("[1/4] Ride the full course\nvalue (km): ", plainText().replace("\r\n", "\n"));
    // JLine then reads the answer to the question already on the screen.
    assertEquals(List.of("askShown value (km): "), calls);
    assertEquals("42", answer);
  }

  @Test
  void onceTheTerminalIsOpenEverythingGoesThroughIt() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120));
    open = true;

    early.say("hello");
    early.ask("value: ");
    early.confirm("Write?", true);
    early.close();

    assertEquals("", plainText());
    assertEquals(List.of("say hello", "ask value: ", "confirm Write?", "close"), calls);
    assertEquals(100, early.width());
    assertEquals(1, takes);
  }

  @Test
  void afterTheFirstQuestionTheOpenTerminalAsksTheRest() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120));

    early.ask("value: ");
    early.say("next");
    early.ask("confidence: ");

    assertEquals("value: ", plainText());
    assertEquals(List.of("askShown value: ", "say next", "ask confidence: "), calls);
  }

  @Test
  void withoutAWidthFromTheSystemItWaitsForTheTerminalsOwn() {
    EarlyPrompter early = prompter(OptionalInt.empty());

    assertEquals(100, early.width());
  }

  @Test
  void jlineDrawsAShownPromptAgainFromTheStartOfItsLine() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (JLinePrompter jlinePrompter =
        JLinePrompter.over(
            new ByteArrayInputStream("138\n".getBytes(StandardCharsets.UTF_8)), screen)) {
      assertEquals("138", jlinePrompter.askShown("value (km): "));
    }
    assertEquals(0, screen.toString(StandardCharsets.UTF_8).indexOf("\rvalue (km): "));
  }
}
