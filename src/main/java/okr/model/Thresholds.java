package okr.model;

/** Status bands of a KPI, read together with {@link Better}. */
public record Thresholds(double green, double amber) {}
