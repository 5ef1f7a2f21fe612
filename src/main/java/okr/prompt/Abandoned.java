package okr.prompt;

/** The person pressed Ctrl-C or Ctrl-D: stop, and write nothing. */
public final class Abandoned extends Exception {
  private static final long serialVersionUID = 1L;

  public Abandoned() {
    super("abandoned", null, false, false);
  }
}
