package okr.model;

/**
 * A KPI's target for one period ({@code targets: {2026-10: 40, 2026-Q4: 60}}): in force on the days
 * of that period, where no shorter period of the KPI's targets holds the day.
 *
 * @param period a period name, as an objective's {@code period:} is written
 * @param span where the period is written, for a located error when okr cannot date it
 */
public record PhasedTarget(String period, double target, SourceSpan span) {}
