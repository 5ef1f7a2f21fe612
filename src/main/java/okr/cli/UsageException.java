package okr.cli;

/** A command line that cannot be carried out as given; exits with {@link ExitCode#USAGE}. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
