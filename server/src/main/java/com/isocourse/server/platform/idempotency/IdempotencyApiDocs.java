package com.isocourse.server.platform.idempotency;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The OpenAPI document says how retries work: the API's description, the {@code Idempotency-Key}
 * header of every operation that takes one, and the {@code Idempotent-Replayed} header of its
 * answers.
 */
@Configuration
class IdempotencyApiDocs {
  static final String API_DESCRIPTION =
      "Isocourse REST API. Every error is an RFC 9457 problem (application/problem+json).\n\n"
          + "**Retries.** Every creating call (enroll, record a fact, prescribe, record a dispense,"
          + " the patient's own reports under /api/me, the admin's new users, tokens and"
          + " pharmacies) accepts an optional `Idempotency-Key` header: 1 to 200 visible ASCII"
          + " characters, e.g. a random UUID, new for each new request. Keys are scoped to the"
          + " caller. A retry with the same key, endpoint and body creates nothing and returns the"
          + " stored answer (same status and body) with the header `Idempotent-Replayed: true`;"
          + " the same key with another endpoint or body is a 409 problem of type"
          + " `idempotency-key-reused`; a malformed key is a 400 problem naming the header. A"
          + " request that failed stored nothing, so its retry runs afresh. Concurrent requests"
          + " with one key create one thing: the others wait for it and replay its answer. Calls"
          + " without the header keep working but are not protected against retries. The"
          + " pharmacy's authorization request requires the header; its retry answers 200 with"
          + " `replayed: true`.\n\n"
          + "**Duplicate enrollment.** Enrolling a name and birth date that are already enrolled"
          + " is a 409 problem of type `possible-duplicate` listing the existing patients'"
          + " program IDs, unless the request says `\"confirmDuplicate\": true`.";

  static final String KEY_DESCRIPTION =
      "Makes the call safe to retry: 1 to 200 visible ASCII characters (e.g. a random UUID), new"
          + " for each new request, scoped to the caller. A retry with the same key and body"
          + " returns the stored answer with `Idempotent-Replayed: true` and creates nothing; the"
          + " same key with another endpoint or body is a 409 problem.";

  @Bean
  OpenAPI isocourseOpenApi() {
    return new OpenAPI().info(new Info().title("Isocourse").description(API_DESCRIPTION));
  }

  @Bean
  OperationCustomizer idempotencyKeyDocs() {
    return (operation, handler) -> {
      boolean takesKey =
          Arrays.stream(handler.getMethodParameters())
              .map(p -> p.getParameterAnnotation(RequestHeader.class))
              .anyMatch(
                  h ->
                      h != null
                          && (IdempotencyKey.HEADER.equals(h.name())
                              || IdempotencyKey.HEADER.equals(h.value())));
      if (!takesKey) {
        return operation;
      }
      if (operation.getParameters() != null) {
        for (Parameter p : operation.getParameters()) {
          if (IdempotencyKey.HEADER.equals(p.getName()) && "header".equals(p.getIn())) {
            if (p.getDescription() == null || p.getDescription().isBlank()) {
              p.description(KEY_DESCRIPTION);
            }
            p.schema(new StringSchema().minLength(1).maxLength(200).pattern("^[!-~]{1,200}$"));
          }
        }
      }
      if (operation.getResponses() != null) {
        operation
            .getResponses()
            .forEach(
                (code, response) -> {
                  if (code.startsWith("2")) {
                    response.addHeaderObject(
                        IdempotentCalls.REPLAYED,
                        new Header()
                            .description(
                                "true when this is the stored answer to an earlier request with"
                                    + " the same Idempotency-Key; nothing was created now")
                            .schema(new StringSchema()._enum(java.util.List.of("true"))));
                  }
                });
      }
      return operation;
    };
  }
}
