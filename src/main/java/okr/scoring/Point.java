package okr.scoring;

import java.time.LocalDate;

/** A value on a day, for charts of progress and trends. */
public record Point(LocalDate day, double value) {}
