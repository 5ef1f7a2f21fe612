package okr.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An unmodifiable list of things with ids that also finds one by its id in constant time: the first
 * with that id, as a scan of the list would. A workspace of 100,000 goal files is looked up by id
 * for every journal entry and key result; a scan made that quadratic.
 */
final class ById<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> items;
  private final Map<String, T> first = new HashMap<>();

  ById(List<T> items, Function<T, String> id) {
    this.items = List.copyOf(items);
    for (T item : this.items) {
      String key = id.apply(item);
      if (key != null) {
        first.putIfAbsent(key, item);
      }
    }
  }

  Optional<T> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(first.get(id));
  }

  @Override
  public T get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }
}
