package okr.model;

public enum KrType {
  METRIC,
  MILESTONE
}
