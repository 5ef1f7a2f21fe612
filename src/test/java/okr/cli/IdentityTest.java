package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import okr.cli.Identity.Resolved;
import okr.cli.Identity.Source;
import okr.model.People;
import org.junit.jupiter.api.Test;

/** Who "me" is: each source wins over every later one, written as plain values. */
class IdentityTest {

  private static final People PEOPLE =
      new People(
          List.of(
              new People.Person("dana", "Dana Scully", List.of("dana@acme.example")),
              new People.Person("glen", null, List.of())));

  /** What each source says; null where it says nothing. */
  record Given(
      String okrUser, String configMe, String gitEmail, String gitName, String user, String logname)
      implements Identity.Sources {
    @Override
    public String configFile() {
      return "~/.config/okr/config.yaml";
    }
  }

  private static final Given ALL =
      new Given("okr-user", "config", "dana@acme.example", "Git Name", "login", "logname");

  private static Resolved resolve(String by, Given given, String personalMe) {
    return Identity.resolve(by, given, personalMe, PEOPLE);
  }

  @Test
  void eachSourceWinsOverTheLaterOnes() {
    assertThat(resolve("by", ALL, "personal").name()).isEqualTo("by");
    assertThat(resolve(null, ALL, "personal").name()).isEqualTo("okr-user");
    Given g = new Given(null, "config", "dana@acme.example", "Git Name", "login", "logname");
    assertThat(resolve(null, g, "personal").name()).isEqualTo("config");
    g = new Given(null, null, "dana@acme.example", "Git Name", "login", "logname");
    assertThat(resolve(null, g, "personal").name()).isEqualTo("personal");
    assertThat(resolve(null, g, null))
        .isEqualTo(
            new Resolved("dana", Source.GIT_EMAIL, "git user.email", "dana@acme.example", true));
    g = new Given(null, null, null, "Git Name", "login", "logname");
    assertThat(resolve(null, g, null))
        .isEqualTo(new Resolved("Git Name", Source.GIT_NAME, "git user.name", "Git Name", false));
    g = new Given(null, null, null, null, "login", "logname");
    assertThat(resolve(null, g, null).name()).isEqualTo("login");
    g = new Given(null, null, null, null, null, "logname");
    assertThat(resolve(null, g, null).name()).isEqualTo("logname");
    g = new Given(null, null, null, null, null, null);
    assertThat(resolve(null, g, null).source()).isEqualTo(Source.DEFAULT);
    assertThat(resolve(null, g, null).name()).isEqualTo("me");
  }

  @Test
  void anUnlistedGitEmailFallsBackToTheGitNameMappedByPeople() {
    Given byName = new Given(null, null, "dscully@elsewhere.example", "Dana Scully", null, null);
    assertThat(resolve(null, byName, null))
        .isEqualTo(new Resolved("dana", Source.GIT_NAME, "git user.name", "Dana Scully", true));
    Given byKey = new Given(null, null, "x@y.example", "glen", null, null);
    assertThat(resolve(null, byKey, null))
        .isEqualTo(new Resolved("glen", Source.GIT_NAME, "git user.name", "glen", false));
  }

  @Test
  void everySourceIsWrittenAsItsPersonsKey() {
    assertThat(resolve("Dana Scully", ALL, null).name()).isEqualTo("dana");
    assertThat(resolve(null, new Given("DANA@acme.example", null, null, null, null, null), null))
        .isEqualTo(new Resolved("dana", Source.OKR_USER, "OKR_USER", "DANA@acme.example", true));
    assertThat(resolve(null, new Given(null, "Dana Scully", null, null, null, null), null))
        .isEqualTo(
            new Resolved(
                "dana", Source.CONFIG, "me: in ~/.config/okr/config.yaml", "Dana Scully", true));
  }

  @Test
  void laterSourcesAreNotAskedOnceOneNamesSomeone() {
    // A broken personal settings file, or a slow git, must not matter when OKR_USER is set.
    Identity.Sources okrUserOnly =
        new Identity.Sources() {
          public String okrUser() {
            return "glen";
          }

          public String configMe() {
            throw new AssertionError("the personal settings were read");
          }

          public String configFile() {
            throw new AssertionError("the personal settings were named");
          }

          public String gitEmail() {
            throw new AssertionError("git was asked");
          }

          public String gitName() {
            throw new AssertionError("git was asked");
          }

          public String user() {
            throw new AssertionError("USER was read");
          }

          public String logname() {
            throw new AssertionError("LOGNAME was read");
          }
        };
    assertThat(Identity.resolve(null, okrUserOnly, "personal", PEOPLE).name()).isEqualTo("glen");
  }

  @Test
  void blankValuesSayNothing() {
    Given blank = new Given(" ", "", "", " ", "login", null);
    assertThat(resolve(null, blank, " ").name()).isEqualTo("login");
    assertThatThrownBy(() -> resolve(" ", ALL, null)).isInstanceOf(UsageException.class);
  }

  @Test
  void describeSaysWhereTheNameCameFrom() {
    assertThat(resolve(null, ALL, null).describe()).isEqualTo("okr-user (OKR_USER)");
    Given git = new Given(null, null, "dana@acme.example", null, null, null);
    assertThat(resolve(null, git, null).describe())
        .isEqualTo("dana (git user.email dana@acme.example, mapped by people: in okr.yaml)");
  }
}
