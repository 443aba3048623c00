package com.isocourse.server.platform.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.audit.RequestAuditFacts;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The API side of idempotency: a creating call with an {@code Idempotency-Key} header runs once per
 * user and key. A retry with the same key, endpoint and body gets the stored answer (same status
 * and body) marked {@code Idempotent-Replayed: true}, and creates nothing; the same key with
 * another endpoint or body is a 409 problem. Without the header the call simply runs.
 */
@Component
public class IdempotentCalls {
  /** The response header that marks a replayed answer. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private final Idempotency idempotency;
  private final ObjectMapper json;

  public IdempotentCalls(Idempotency idempotency, ObjectMapper json) {
    this.idempotency = idempotency;
    this.json = json;
  }

  /**
   * Answers a creating call with {@code status} and what {@code action} returns, once per key.
   *
   * @param keyHeader the {@code Idempotency-Key} header, or null when the call has none
   * @param body the request body as read (it identifies the request for a retry), or null
   * @param type the answer's type, to read a stored answer back as
   */
  public <T> ResponseEntity<T> once(
      CurrentUser user,
      String keyHeader,
      HttpServletRequest request,
      Object body,
      HttpStatus status,
      Class<T> type,
      Supplier<T> action) {
    Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(keyHeader);
    if (key.isEmpty()) {
      return ResponseEntity.status(status).body(action.get());
    }
    String endpoint = request.getMethod() + " " + request.getRequestURI();
    String fingerprint = key.get().fingerprint(canonical(json.valueToTree(body)));
    Idempotency.Run<T> run =
        idempotency.once(
            user.id(),
            key.get(),
            endpoint,
            fingerprint,
            action,
            value -> new Idempotency.Answer(status.value(), bytes(value), null));
    return switch (run) {
      case Idempotency.Run.Now<T> now -> ResponseEntity.status(status).body(now.value());
      case Idempotency.Run.Before<T> before ->
          replay(before.earlier(), endpoint, fingerprint, type, RequestAuditFacts.of(request));
    };
  }

  private <T> ResponseEntity<T> replay(
      Idempotency.Earlier earlier,
      String endpoint,
      String fingerprint,
      Class<T> type,
      AuditFacts touched) {
    if (!earlier.endpoint().equals(endpoint) || earlier.body() == null) {
      throw reused(
          "This Idempotency-Key was already used for another request ("
              + earlier.endpoint()
              + "). A retry must repeat that request exactly; use a new key for a new request.");
    }
    if (!earlier.fingerprint().equals(fingerprint)) {
      throw reused(
          "This Idempotency-Key was already used on this endpoint with a different body. A retry"
              + " must repeat the request exactly; use a new key for a new request.");
    }
    touched.detail("idempotent replay: nothing created");
    try {
      return ResponseEntity.status(earlier.status())
          .header(REPLAYED, "true")
          .body(json.readValue(earlier.body(), type));
    } catch (IOException e) {
      throw new IllegalStateException("a stored answer could not be read", e);
    }
  }

  private static ConflictException reused(String detail) {
    return new ConflictException("idempotency-key-reused", detail);
  }

  private byte[] bytes(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException("an answer could not be written as JSON", e);
    }
  }

  /**
   * The body as canonical JSON: object members sorted by name at every level, so a retry that sends
   * the same fields in another order is the same request.
   */
  static String canonical(JsonNode node) {
    if (node == null) {
      return "null";
    }
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(f -> sorted.put(f.getKey(), f.getValue()));
      return sorted.entrySet().stream()
          .map(f -> new TextNode(f.getKey()) + ":" + canonical(f.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (node.isArray()) {
      return StreamSupport.stream(node.spliterator(), false)
          .map(IdempotentCalls::canonical)
          .collect(Collectors.joining(",", "[", "]"));
    }
    return node.toString();
  }
}
