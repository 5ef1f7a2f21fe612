package okr.model;

public enum Better {
  HIGHER,
  LOWER
}
