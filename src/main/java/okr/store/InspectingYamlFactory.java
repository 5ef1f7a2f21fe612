package okr.store;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parsers look at every raw YAML event before Jackson turns it into tokens.
 * Jackson drops the anchor of a scalar value and exposes tags only in part, so this is the one
 * place where every anchor, alias and explicit tag can be seen, with its exact place.
 */
final class InspectingYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  /** A construct the format forbids, found at a 1-based line and column. */
  record Forbidden(String rule, String detail, int line, int column) {}

  InspectingYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
    return new InspectingParser(
        readCtxt,
        ioCtxt,
        _getBufferRecycler(),
        readCtxt.getStreamReadFeatures(_streamReadFeatures),
        readCtxt.getFormatReadFeatures(_formatReadFeatures),
        _loadSettings,
        r);
  }

  /** A Jackson YAML parser that records forbidden constructs as their events pass by. */
  static final class InspectingParser extends YAMLParser {
    private final List<Forbidden> forbidden = new ArrayList<>();

    InspectingParser(
        ObjectReadContext readCtxt,
        IOContext ioCtxt,
        BufferRecycler recycler,
        int streamFeatures,
        int formatFeatures,
        LoadSettings loadSettings,
        Reader reader) {
      super(readCtxt, ioCtxt, recycler, streamFeatures, formatFeatures, loadSettings, reader);
    }

    List<Forbidden> forbidden() {
      return forbidden;
    }

    @Override
    protected Event nextEvent() {
      Event event = super.nextEvent();
      // Without lambdas or filtered optionals: this runs for each of a million events, and C1
      // makes every one of those objects.
      if (event instanceof AliasEvent alias) {
        Optional<Anchor> anchor = alias.getAnchor();
        if (anchor.isPresent()) {
          record(event, "yaml-alias", "*" + anchor.get().getValue());
        }
      } else if (event instanceof NodeEvent node) {
        Optional<Anchor> anchor = node.getAnchor();
        if (anchor.isPresent()) {
          record(event, "yaml-anchor", "&" + anchor.get().getValue());
        }
        String tag = tagOf(event);
        if (tag != null) {
          record(event, "yaml-tag", shortTag(tag));
        }
      }
      return event;
    }

    /** The event's explicit tag, or null. */
    private static String tagOf(Event event) {
      Optional<String> tag;
      if (event instanceof ScalarEvent scalar) {
        tag = scalar.getTag();
        // A lone "!" only marks a scalar as non-plain; it changes nothing the format reads.
        if (tag.isPresent() && tag.get().equals("!")) {
          return null;
        }
      } else if (event instanceof CollectionStartEvent collection) {
        tag = collection.getTag();
      } else {
        return null;
      }
      return tag.orElse(null);
    }

    private static String shortTag(String tag) {
      String standard = "tag:yaml.org,2002:";
      return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
    }

    private void record(Event event, String rule, String detail) {
      Optional<Mark> mark = event.getStartMark();
      forbidden.add(
          new Forbidden(
              rule,
              detail,
              mark.map(m -> m.getLine() + 1).orElse(1),
              mark.map(m -> m.getColumn() + 1).orElse(1)));
    }
  }
}
