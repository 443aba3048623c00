package com.isocourse.core.interactions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary resource files read line by line for tests, independently of {@link
 * VocabularyFile}: {@code key: value} lines, skipping blank lines and {@code #} comments. Each line
 * remembers the entry ({@code ingredient:} or {@code brand:}) it follows, for {@code unless:}.
 */
record VocabularyResource(
    String file, InteractionGroup group, String key, String value, String entry) {

  /** The group files of background.md's "Name-matching tables", one per interaction group. */
  static final Map<InteractionGroup, String> GROUP_FILES =
      Map.of(
          InteractionGroup.TETRACYCLINE, "tetracyclines.txt",
          InteractionGroup.SYSTEMIC_RETINOID, "systemic-retinoids.txt",
          InteractionGroup.VITAMIN_A, "vitamin-a.txt",
          InteractionGroup.ST_JOHNS_WORT, "st-johns-wort.txt",
          InteractionGroup.BONE_RISK, "bone-risk.txt");

  @Override
  public String toString() {
    return file + " " + key + ": " + value;
  }

  /** Every line of every group file, in {@link InteractionGroup} order. */
  static List<VocabularyResource> groupLines() {
    List<VocabularyResource> lines = new ArrayList<>();
    for (InteractionGroup group : InteractionGroup.values()) {
      lines.addAll(read(GROUP_FILES.get(group), group));
    }
    return lines;
  }

  /** The lines of one file with the given key. */
  static List<VocabularyResource> linesOf(String file, String key) {
    return read(file, null).stream().filter(l -> l.key().equals(key)).toList();
  }

  private static List<VocabularyResource> read(String file, InteractionGroup group) {
    List<VocabularyResource> lines = new ArrayList<>();
    String entry = null;
    for (String raw : text(file)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (key.equals("ingredient") || key.equals("brand")) {
        entry = value;
      }
      lines.add(new VocabularyResource(file, group, key, value, entry));
    }
    return lines;
  }

  private static List<String> text(String file) {
    try (InputStream in = VocabularyResource.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + file);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
