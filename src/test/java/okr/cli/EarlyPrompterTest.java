package okr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import org.junit.jupiter.api.Test;

/** The first lines and question shown before JLine's terminal is open, and the hand-over. */
class EarlyPrompterTest {

  private final ByteArrayOutputStream plain = new ByteArrayOutputStream();
  private final List<String> calls = new ArrayList<>();
  private final CompletableFuture<Prompter> opened = new CompletableFuture<>();
  private final Interruption interruption = Interruption.none();
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

  /** An early prompter whose terminal opens when asked to wait for it, unless {@code stuck}. */
  private EarlyPrompter prompter(OptionalInt plainWidth, boolean stuck) {
    EarlyPrompter.Opening opening =
        new EarlyPrompter.Opening() {
          @Override
          public boolean isOpen() {
            return opened.isDone();
          }

          @Override
          public CompletableFuture<Prompter> opened() {
            if (!stuck) {
              opened.complete(jline);
            }
            return opened;
          }

          @Override
          public Prompter take() {
            takes++;
            opened.complete(jline);
            return opened.join();
          }

          @Override
          public OptionalInt plainWidth() {
            return plainWidth;
          }

          @Override
          public Interruption interruption() {
            return interruption;
          }
        };
    return new EarlyPrompter(opening, new PrintStream(plain, true, StandardCharsets.UTF_8));
  }

  private EarlyPrompter prompter(OptionalInt plainWidth) {
    return prompter(plainWidth, false);
  }

  private String plainText() {
    return plain.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void beforeTheTerminalOpensLinesAndTheFirstQuestionAreWrittenPlainly() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120));

    assertEquals(120, early.width());
    early.say("[1/4] Ride the full course");
    String answer = early.ask("value (km): ");

    assertEquals("[1/4] Ride the full course\nvalue (km): ", plainText());
    // JLine then reads the answer to the question already on the screen, drawing it again.
    assertEquals(List.of("ask value (km): "), calls);
    assertEquals("42", answer);
  }

  @Test
  void onceTheTerminalIsOpenEverythingGoesThroughIt() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120));
    opened.complete(jline);

    early.say("hello");
    early.ask("value: ");
    early.confirm("Write?", true);
    early.close();

    assertEquals("", plainText());
    assertEquals(List.of("say hello", "ask value: ", "confirm Write?", "close"), calls);
    assertEquals(100, early.width());
  }

  @Test
  void afterTheFirstQuestionTheOpenTerminalAsksTheRest() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120));

    early.ask("value: ");
    early.say("next");
    early.ask("confidence: ");

    assertEquals("value: ", plainText());
    assertEquals(List.of("ask value: ", "say next", "ask confidence: "), calls);
    assertEquals(1, takes);
  }

  @Test
  void withoutAWidthFromTheSystemItWaitsForTheTerminalsOwn() {
    EarlyPrompter early = prompter(OptionalInt.empty());

    assertEquals(100, early.width());
  }

  @Test
  void ctrlCWhileTheTerminalIsStillOpeningAbandonsWithoutWaitingForIt() {
    EarlyPrompter early = prompter(OptionalInt.of(120), true);
    early.say("[1/4] Ride the full course");
    interruption.press();

    assertThrows(Abandoned.class, () -> early.ask("value (km): "));
    assertEquals(List.of(), calls);
  }

  @Test
  void ctrlCWhileTheQuestionWaitsForTheTerminalAbandonsIt() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120), true);
    early.say("[1/4] Ride the full course");
    CompletableFuture<Throwable> asked =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                early.ask("value (km): ");
                return null;
              } catch (Abandoned e) {
                return e;
              }
            });
    while (!plainText().endsWith("value (km): ")) {
      Thread.onSpinWait();
    }

    interruption.press();

    assertEquals(Abandoned.class, asked.join().getClass());
    // The answer's line is ended: the terminal echoed ^C after the question.
    assertEquals("[1/4] Ride the full course\nvalue (km): \n", plainText());
    assertEquals(List.of(), calls);
  }

  @Test
  void ctrlCBetweenQuestionsAbandonsAtTheNextOne() throws Exception {
    EarlyPrompter early = prompter(OptionalInt.of(120));
    early.ask("value: ");

    interruption.press();

    assertThrows(Abandoned.class, () -> early.ask("confidence: "));
    assertThrows(Abandoned.class, () -> early.confirm("Write?", true));
    assertEquals(List.of("ask value: "), calls);
  }
}
