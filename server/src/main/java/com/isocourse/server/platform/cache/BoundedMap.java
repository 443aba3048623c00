package com.isocourse.server.platform.cache;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A concurrent map for the server's in-memory caches (parsed events, worklist lines) that never
 * holds more than a set number of entries: past the bound, about a tenth of the entries (in no
 * particular order) are dropped, so the cost of staying bounded is paid once per tenth, not on
 * every put. A bound of 0 keeps nothing. What is dropped is only recomputed, never lost: the
 * database stays the source of every value.
 */
public final class BoundedMap<K, V> {
  private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
  private final int max;

  /** A map of at most {@code max} entries (negative counts as 0). */
  public BoundedMap(int max) {
    this.max = Math.max(0, max);
  }

  /** The value kept for the key, or null. */
  public V get(K key) {
    return entries.get(key);
  }

  /** Keeps the value in place of the key's previous one, then drops a tenth if over the bound. */
  public void put(K key, V value) {
    if (max == 0) {
      return;
    }
    entries.put(key, value);
    if (entries.size() > max) {
      dropTenth();
    }
  }

  /** How many entries are kept. */
  public int size() {
    return entries.size();
  }

  private void dropTenth() {
    int target = max - max / 10;
    Iterator<K> it = entries.keySet().iterator();
    while (entries.size() > target && it.hasNext()) {
      it.next();
      it.remove();
    }
  }
}
