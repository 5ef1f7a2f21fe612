package okr.cli;

import java.time.LocalDate;

/**
 * Days okr accepts on the command line: years 1000 to 9999. Periods are written with four-digit
 * years (`2026-Q3`), so a day outside them has no period, and the journal would hold a time other
 * tools misread.
 */
final class DayRange {

  private DayRange() {}

  static LocalDate check(LocalDate day, String flag, String text) {
    if (day.getYear() < 1000 || day.getYear() > 9999) {
      throw new UsageException(
          flag
              + " "
              + okr.render.TerminalText.sanitize(text)
              + ": okr takes years 1000 to 9999; write the date as YYYY-MM-DD");
    }
    return day;
  }
}
