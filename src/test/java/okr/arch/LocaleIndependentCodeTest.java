package okr.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No code of okr's formats, parses, changes case or turns bytes into text by the JVM's default
 * locale or charset: what okr writes must be the same bytes in Cairo, Istanbul and a cron job with
 * no locale at all. Each call below has an overload that names its locale or charset; use that
 * ({@code Locale.ROOT}, {@code StandardCharsets.UTF_8}). A view that wants the person's language
 * one day names it explicitly.
 */
class LocaleIndependentCodeTest {

  /**
   * Calls named as owner, method and parameter types; the overloads that take a Locale or a Charset
   * are not listed, and stay allowed.
   */
  private static final List<String> FORBIDDEN =
      List.of(
          // formats by the default locale: other digits (ar, fa, hi, th), other separators (de)
          "java.lang.String.format(java.lang.String, [Ljava.lang.Object;)",
          "java.lang.String.formatted([Ljava.lang.Object;)",
          "java.io.PrintStream.printf(java.lang.String, [Ljava.lang.Object;)",
          "java.io.PrintStream.format(java.lang.String, [Ljava.lang.Object;)",
          "java.io.PrintWriter.printf(java.lang.String, [Ljava.lang.Object;)",
          "java.io.PrintWriter.format(java.lang.String, [Ljava.lang.Object;)",
          "java.util.Formatter.<init>()",
          "java.util.Formatter.<init>(java.lang.Appendable)",
          "java.time.format.DateTimeFormatter.ofPattern(java.lang.String)",
          "java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle)",
          "java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle)",
          "java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle)",
          // Turkish and Azeri: "ID".toLowerCase() is "ıd"
          "java.lang.String.toLowerCase()",
          "java.lang.String.toUpperCase()",
          // decodes or encodes by the default charset (the locale's, on Java 17)
          "java.lang.String.getBytes()",
          "java.lang.String.<init>([B)",
          "java.lang.String.<init>([B, int, int)",
          "java.io.InputStreamReader.<init>(java.io.InputStream)",
          "java.io.OutputStreamWriter.<init>(java.io.OutputStream)",
          "java.io.FileReader.<init>(java.lang.String)",
          "java.io.FileReader.<init>(java.io.File)",
          "java.io.FileWriter.<init>(java.lang.String)",
          "java.io.FileWriter.<init>(java.io.File)",
          "java.io.PrintStream.<init>(java.io.OutputStream)",
          "java.io.PrintStream.<init>(java.io.OutputStream, boolean)",
          "java.io.PrintWriter.<init>(java.lang.String)",
          "java.io.PrintWriter.<init>(java.io.File)",
          "java.util.Scanner.<init>(java.io.InputStream)",
          "java.io.ByteArrayOutputStream.toString()");

  /** Whole classes that only work by a locale. */
  private static final List<String> FORBIDDEN_CLASSES =
      List.of(
          "java.text.NumberFormat",
          "java.text.DecimalFormat",
          "java.text.SimpleDateFormat",
          "java.text.MessageFormat");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = OkrClasses.main();
  }

  @Test
  void noCallFormatsParsesOrChangesCaseByTheDefaultLocaleOrCharset() {
    noClasses()
        .should()
        .callCodeUnitWhere(
            new DescribedPredicate<JavaCall<?>>("a call by the default locale or charset") {
              @Override
              public boolean test(JavaCall<?> call) {
                return FORBIDDEN.contains(signature(call));
              }
            })
        .because("files and machine formats must be the same whatever the locale")
        .check(classes);
  }

  @Test
  void noLocaleDrivenFormatClassIsUsed() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(FORBIDDEN_CLASSES.get(0))
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(FORBIDDEN_CLASSES.get(1))
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(FORBIDDEN_CLASSES.get(2))
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(FORBIDDEN_CLASSES.get(3))
        .check(classes);
  }

  /** The rule's own list must name calls that exist, or a typo would let everything through. */
  @Test
  void everyForbiddenCallNamesARealMethod() throws ClassNotFoundException {
    for (String call : FORBIDDEN) {
      String owner = call.substring(0, call.lastIndexOf('.', call.indexOf('(')));
      Class<?> type = Class.forName(owner);
      String name = call.substring(owner.length() + 1, call.indexOf('('));
      String params = call.substring(call.indexOf('(') + 1, call.length() - 1);
      boolean found = false;
      for (java.lang.reflect.Executable e :
          name.equals("<init>")
              ? List.of(type.getConstructors())
              : java.util.Arrays.stream(type.getMethods())
                  .filter(m -> m.getName().equals(name))
                  .toList()) {
        found |= names(e.getParameterTypes()).equals(params);
      }
      org.assertj.core.api.Assertions.assertThat(found).as(call).isTrue();
    }
  }

  private static String signature(JavaCall<?> call) {
    var target = call.getTarget();
    StringBuilder params = new StringBuilder();
    for (var p : target.getRawParameterTypes()) {
      if (params.length() > 0) {
        params.append(", ");
      }
      params.append(p.reflect().getName());
    }
    return target.getOwner().getFullName() + "." + target.getName() + "(" + params + ")";
  }

  private static String names(Class<?>[] types) {
    StringBuilder params = new StringBuilder();
    for (Class<?> p : types) {
      if (params.length() > 0) {
        params.append(", ");
      }
      params.append(p.getName());
    }
    return params.toString();
  }
}
