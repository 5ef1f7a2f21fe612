package okr.cli;

import java.time.LocalDate;
import okr.model.PeriodCalendar;

/** Days okr accepts on the command line: those it can give a period ({@link PeriodCalendar}). */
final class DayRange {

  private DayRange() {}

  static LocalDate check(LocalDate day, String flag, String text) {
    if (!PeriodCalendar.isDatable(day)) {
      throw new UsageException(
          flag
              + " "
              + okr.render.TerminalText.sanitize(text)
              + ": okr takes years "
              + PeriodCalendar.FIRST_YEAR
              + " to "
              + PeriodCalendar.LAST_YEAR
              + "; write the date as YYYY-MM-DD");
    }
    return day;
  }
}
