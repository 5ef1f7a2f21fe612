package okr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoteLineTest {

  @Test
  void aLineWithoutPrefixIsProgress() {
    assertEquals(new NoteLine("shipped the beta", null, null), NoteLine.parse("shipped the beta"));
  }

  @Test
  void severalPrefixesOnOneLine() {
    assertEquals(
        new NoteLine("shipped beta", "launch", "hiring"),
        NoteLine.parse("p: shipped beta; n: launch | x: hiring"));
  }

  @Test
  void textBeforeTheFirstPrefixIsProgress() {
    assertEquals(
        new NoteLine("legs ok", null, "rain on race day"),
        NoteLine.parse("legs ok; x: rain on race day"));
  }

  @Test
  void aPrefixSaidTwiceKeepsBothParts() {
    assertEquals(
        new NoteLine(null, "book hotel; rest", null), NoteLine.parse("n: book hotel; n: rest"));
  }

  @Test
  void aCapitalLetterIsNoPrefix() {
    assertEquals(
        new NoteLine("Project X: shipped to 3 teams", null, null),
        NoteLine.parse("Project X: shipped to 3 teams"));
    assertEquals(new NoteLine("N: call Ana", null, null), NoteLine.parse("N: call Ana"));
  }

  @Test
  void aPrefixInsideASentenceStaysText() {
    assertEquals(
        new NoteLine("waiting on vendor n: none", null, null),
        NoteLine.parse("waiting on vendor n: none"));
    assertEquals(
        new NoteLine("ratio 3 x: 4 scale", null, null), NoteLine.parse("ratio 3 x: 4 scale"));
  }

  @Test
  void aColonInsideTextIsNoPrefix() {
    assertEquals(
        new NoteLine("met at 10:30, see http://x.example/p: notes", null, null),
        NoteLine.parse("met at 10:30, see http://x.example/p: notes"));
  }

  @Test
  void anEmptyOrBlankLineSaysNothing() {
    assertEquals(new NoteLine(null, null, null), NoteLine.parse(""));
    assertEquals(new NoteLine(null, null, null), NoteLine.parse("  p: ; n: "));
  }

  @Test
  void aPrefixAtTheEndOfALineIsEmpty() {
    assertEquals(new NoteLine("done", null, null), NoteLine.parse("done; x:"));
  }
}
