package okr.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okr.model.SourceSpan;
import okr.store.YNode.Entry;
import okr.store.YNode.ScalarType;
import okr.store.YNode.YMap;
import okr.store.YNode.YScalar;
import okr.store.YNode.YSeq;

/**
 * One file's parsed YAML ({@link YNode}s with their places) as compact bytes, and back: what the
 * workspace cache keeps of a file instead of its text, so that a warm read runs the same binders on
 * the same tree without the YAML parser. The layout is the items of a streamed top-level list (a
 * journal file's entries, each behind a 1), a 0, then the root (behind a 1, or a lone 0 for a file
 * with no content). Numbers are unsigned varints; each string is written once per file and then
 * named by its number, since keys repeat in every entry.
 */
final class TreeCodec {

  private static final int MAP = 0;
  private static final int SEQ = 1;
  private static final int SCALAR = 2;
  private static final ScalarType[] TYPES = ScalarType.values();

  private TreeCodec() {}

  /** Thrown when bytes do not decode to a tree: the file is read from disk instead. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String what) {
      super(what, null, false, false);
    }
  }

  /** Writes one file's tree as the parser gives it: items first (if streamed), then the root. */
  static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Map<String, Integer> strings = new HashMap<>();

    /** Set when the tree holds what these bytes cannot give back exactly. */
    private boolean spoiled;

    void item(YNode item) {
      if (spoiled) {
        return;
      }
      out.write(1);
      node(item);
    }

    /** Keeps this file out of the cache (an item the parser found wrong, say). */
    void spoil() {
      spoiled = true;
    }

    /** Ends the file; returns its bytes, or null when it cannot be kept. */
    byte[] finish(Optional<YNode> root) {
      if (spoiled) {
        return null;
      }
      out.write(0);
      if (root.isPresent()) {
        out.write(1);
        node(root.get());
      } else {
        out.write(0);
      }
      return spoiled ? null : out.toByteArray();
    }

    private void node(YNode node) {
      if (node instanceof YMap map) {
        varint(MAP);
        span(map.span());
        varint(map.entries().size());
        for (Entry entry : map.entries()) {
          string(entry.key());
          span(entry.keySpan());
          node(entry.value());
        }
      } else if (node instanceof YSeq seq) {
        varint(SEQ);
        span(seq.span());
        varint(seq.items().size());
        seq.items().forEach(this::node);
      } else {
        YScalar scalar = (YScalar) node;
        varint(SCALAR + scalar.type().ordinal());
        span(scalar.span());
        string(scalar.text());
      }
    }

    private void span(SourceSpan span) {
      varint(span.line());
      varint(span.column());
    }

    private void string(String text) {
      Integer known = strings.get(text);
      if (known != null) {
        varint(known + 1);
        return;
      }
      if (!wellFormed(text)) {
        // A lone surrogate (a YAML escape of half a pair) would not come back from UTF-8.
        spoiled = true;
      }
      strings.put(text, strings.size());
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      varint(0);
      varint(bytes.length);
      out.write(bytes, 0, bytes.length);
    }

    private void varint(int value) {
      if (value < 0) {
        spoiled = true;
        value = 0;
      }
      while ((value & ~0x7F) != 0) {
        out.write((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      out.write(value);
    }
  }

  /** Whether every surrogate in {@code text} is half of a pair, so UTF-8 gives it back. */
  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Reads one file's tree back, with every place in {@code file}. */
  static final class Reader {
    private final byte[] bytes;
    private final int end;
    private final Path file;
    private final List<String> strings = new ArrayList<>();
    private int at;

    Reader(byte[] bytes, int offset, int length, Path file) {
      this.bytes = bytes;
      this.at = offset;
      this.end = offset + length;
      this.file = file;
    }

    /**
     * Gives each streamed item to {@code items} (which must be there if the file had any) and
     * returns the root.
     */
    Optional<YNode> read(LocatedYamlParser.ItemSink items) {
      while (next() == 1) {
        if (items == null) {
          throw new Unreadable("items where none were streamed");
        }
        items.item(node(0), List.of());
      }
      Optional<YNode> root = next() == 1 ? Optional.of(node(0)) : Optional.empty();
      if (at != end) {
        throw new Unreadable("bytes after the tree");
      }
      return root;
    }

    private YNode node(int depth) {
      if (depth > LocatedYamlParser.MAX_DEPTH + 8) {
        throw new Unreadable("nested too deep");
      }
      int tag = varint();
      SourceSpan span = span();
      if (tag == MAP) {
        int count = count();
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          String key = string();
          SourceSpan keySpan = span();
          entries.add(new Entry(key, keySpan, node(depth + 1)));
        }
        return new YMap(List.copyOf(entries), span);
      }
      if (tag == SEQ) {
        int count = count();
        List<YNode> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          items.add(node(depth + 1));
        }
        return new YSeq(List.copyOf(items), span);
      }
      int type = tag - SCALAR;
      if (type < 0 || type >= TYPES.length) {
        throw new Unreadable("unknown node " + tag);
      }
      return new YScalar(string(), TYPES[type], span);
    }

    private SourceSpan span() {
      return new SourceSpan(file, varint(), varint());
    }

    /** A count can never exceed the bytes left, each element taking at least one. */
    private int count() {
      int count = varint();
      if (count > end - at) {
        throw new Unreadable("count past the end");
      }
      return count;
    }

    private String string() {
      int ref = varint();
      if (ref > 0) {
        if (ref > strings.size()) {
          throw new Unreadable("unknown string " + ref);
        }
        return strings.get(ref - 1);
      }
      int length = count();
      String text = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      strings.add(text);
      return text;
    }

    private int next() {
      if (at >= end) {
        throw new Unreadable("ends early");
      }
      return bytes[at++];
    }

    private int varint() {
      int value = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        int b = next();
        value |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          if (value < 0) {
            throw new Unreadable("negative number");
          }
          return value;
        }
      }
      throw new Unreadable("number too long");
    }
  }
}
