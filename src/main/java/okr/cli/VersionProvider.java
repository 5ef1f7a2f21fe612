package okr.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it is set in one place: the pom. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"okr " + version()};
  }

  static String version() {
    String version = OkrCommand.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
