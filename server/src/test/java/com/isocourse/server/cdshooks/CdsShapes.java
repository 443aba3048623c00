package com.isocourse.server.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CDS Hooks 2.0 response shapes checked by hand (there is no published JSON schema): a {@code
 * cards} array; each card with a summary of at most 140 characters, an indicator of {@code info |
 * warning | critical} and a {@code source.label}; each suggestion with a label and actions of type
 * {@code create | update | delete} with a description; {@code selectionBehavior} whenever there are
 * suggestions; each link with a label, a URL and type {@code absolute | smart}.
 */
final class CdsShapes {
  private CdsShapes() {}

  static void assertResponse(JsonNode r) {
    assertThat(r.get("cards")).as("cards").isNotNull();
    assertThat(r.get("cards").isArray()).isTrue();
    for (JsonNode c : r.get("cards")) {
      assertThat(c.path("summary").isTextual()).as("summary of %s", c).isTrue();
      assertThat(c.get("summary").asText().length()).isBetween(1, 140);
      assertThat(c.path("indicator").asText()).isIn("info", "warning", "critical");
      assertThat(c.at("/source/label").asText()).isNotBlank();
      assertThat(c.path("detail").isMissingNode() || c.get("detail").isTextual()).isTrue();
      JsonNode suggestions = c.path("suggestions");
      if (!suggestions.isMissingNode() && !suggestions.isEmpty()) {
        assertThat(c.path("selectionBehavior").asText()).isIn("at-most-one", "any");
      }
      for (JsonNode s : suggestions) {
        assertThat(s.path("label").asText()).isNotBlank();
        for (JsonNode a : s.path("actions")) {
          assertThat(a.path("type").asText()).isIn("create", "update", "delete");
          assertThat(a.path("description").asText()).isNotBlank();
          if (!a.get("type").asText().equals("delete")) {
            assertThat(a.at("/resource/resourceType").asText()).isNotBlank();
          }
        }
      }
      for (JsonNode l : c.path("links")) {
        assertThat(l.path("label").asText()).isNotBlank();
        assertThat(l.path("url").asText()).startsWith("http");
        assertThat(l.path("type").asText()).isIn("absolute", "smart");
      }
    }
  }
}
