package okr.model;

/** The Measurable part of a SMART goal. */
public record Measure(
    Double baseline, Double target, String unit, boolean cumulative, Direction direction) {}
