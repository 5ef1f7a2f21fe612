package okr.model;

public enum InitiativeStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  DROPPED
}
