package com.isocourse.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.plausibility.TextLimits;
import java.util.List;
import java.util.Map;

/**
 * Checks every string of an input document against {@link TextLimits} (at most 2,000 characters, no
 * control characters), with the path of each one that breaks them. Run on input as it arrives (the
 * CLI, the what-if endpoint, a fact or prescription about to be stored), so no NUL byte or 10 MB
 * note reaches a store or a page; stored history is read without it, so nothing once stored becomes
 * unreadable.
 */
final class TextFields {
  private TextFields() {}

  static void check(JsonNode node, String path, List<FieldError> errors) {
    if (node.isTextual()) {
      TextLimits.problem(node.asText())
          .ifPresent(reason -> errors.add(new FieldError(path.isEmpty() ? "$" : path, reason)));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", errors);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        TextLimits.problem(f.getKey())
            .ifPresent(reason -> errors.add(new FieldError(join(path, "(name)"), reason)));
        check(f.getValue(), join(path, f.getKey()), errors);
      }
    }
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
