package com.isocourse.server.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A card of the CDS Hooks 2.0 response (§CDS Service Response): summary (at most 140 characters),
 * indicator {@code info | warning | critical}, detail (markdown), source, and optional suggestions
 * and links. {@code selectionBehavior} is present exactly when there are suggestions (the spec
 * requires it then).
 */
record CdsCard(
    String uuid,
    String summary,
    String detail,
    String indicator,
    Source source,
    List<Suggestion> suggestions,
    String selectionBehavior,
    List<Link> links) {

  static final int MAX_SUMMARY = 140;

  public CdsCard {
    if (summary.length() > MAX_SUMMARY) {
      summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
    }
    suggestions = List.copyOf(suggestions);
    links = List.copyOf(links);
    selectionBehavior = suggestions.isEmpty() ? null : "at-most-one";
  }

  /** Who the advice comes from. */
  public record Source(String label, String topic) {}

  /** A suggested change to the order: one action creating a resource. */
  public record Suggestion(
      String label, String uuid, boolean isRecommended, List<Action> actions) {}

  /** A CDS Hooks action ({@code create}, {@code update} or {@code delete}). */
  public record Action(String type, String description, JsonNode resource) {}

  /** A link to an app: {@code absolute} or {@code smart}. */
  public record Link(String label, String url, String type) {}
}
