package okr.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The people of a workspace (okr.yaml {@code people:}): the key each person goes by in {@code
 * owner:} and {@code by:}, a display name and the emails git may know them by. The one place that
 * decides whether two ways of writing a person name the same one.
 */
public final class People {

  /**
   * One person: the key used in owner: and by:, an optional display name, emails, and the handle
   * code review knows them by ({@code @dana}, {@code @acme/growth}), for CODEOWNERS.
   */
  public record Person(String key, String name, List<String> emails, String handle) {
    public Person {
      Objects.requireNonNull(key);
      emails = List.copyOf(emails);
    }

    /** A person without a code-review handle. */
    public Person(String key, String name, List<String> emails) {
      this(key, name, emails, null);
    }
  }

  /** The person a name (key, display name or email) stands for, if one is listed. */
  public Optional<Person> person(String name) {
    return Optional.ofNullable(byKey.get(canonical(name)));
  }

  public static final People NONE = new People(List.of());

  private final Map<String, Person> byKey = new LinkedHashMap<>();
  private final Map<String, String> byName = new LinkedHashMap<>();
  private final Map<String, String> byEmail = new LinkedHashMap<>();

  /** Keys, names and emails are looked up in that order; the first person listed wins a tie. */
  public People(List<Person> persons) {
    for (Person p : persons) {
      byKey.putIfAbsent(p.key(), p);
    }
    for (Person p : persons) {
      if (p.name() != null && !p.name().isBlank()) {
        byName.putIfAbsent(p.name(), p.key());
      }
      for (String email : p.emails()) {
        byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), p.key());
      }
    }
  }

  public List<Person> all() {
    return new ArrayList<>(byKey.values());
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /** The key of the person with this email, compared without regard to case. */
  public Optional<String> byEmail(String email) {
    return email == null
        ? Optional.empty()
        : Optional.ofNullable(byEmail.get(email.strip().toLowerCase(Locale.ROOT)));
  }

  /** The key of the person whose key or display name is exactly {@code name}. */
  public Optional<String> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    if (byKey.containsKey(name)) {
      return Optional.of(name);
    }
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The key a name stands for when it is a person's key, display name or one of their emails; any
   * other name stands for itself.
   */
  public String canonical(String name) {
    if (name == null) {
      return null;
    }
    return byName(name).or(() -> byEmail(name)).orElse(name);
  }

  /** Whether two names (an owner and a "me", say) are the same person. */
  public boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return a.equals(b) || canonical(a).equals(canonical(b));
  }
}
