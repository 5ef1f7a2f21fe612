import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** The floor for `okr check` on a large workspace: every YAML file token-parsed by Jackson, one thread. */
public class JacksonBaseline {
  public static void main(String[] args) throws Exception {
    YAMLFactory factory = new YAMLFactory();
    long tokens = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
    for (Path file : files) {
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), Files.readString(file))) {
        while (p.nextToken() != null) {
          tokens++;
        }
      }
    }
    System.out.println(files.size() + " files, " + tokens + " tokens");
  }
}
