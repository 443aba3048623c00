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
      TextLimits.problem(path.isEmpty() ? "$" : path, node.asText())
          .ifPresent(p -> errors.add(new FieldError(p.field(), p.reason(), p.limit(), p.args())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", errors);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        TextLimits.problem(join(path, "(name)"), f.getKey())
            .ifPresent(p -> errors.add(new FieldError(p.field(), p.reason(), p.limit(), p.args())));
        check(f.getValue(), join(path, f.getKey()), errors);
      }
    }
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
