package com.isocourse.server.smart;

import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.security.UserAccount;
import com.isocourse.server.platform.security.UserRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The discovery document and the token endpoint of SMART Backend Services (docs/adr/0015): the
 * client-credentials grant with a signed JWT assertion ({@code private_key_jwt}). Every issued
 * token and every refusal is audited (actor: the user the client acts as, when known).
 */
@RestController
class SmartEndpoints {
  public static final String TOKEN_PATH = "/oauth2/token";
  public static final String DISCOVERY_PATH = "/.well-known/smart-configuration";
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final String ACTION = "POST " + TOKEN_PATH;

  private final ClientAssertions assertions;
  private final AccessTokens tokens;
  private final UserRepository users;
  private final AuditLog audit;
  private final String baseUrl;

  public SmartEndpoints(
      ClientAssertions assertions,
      AccessTokens tokens,
      UserRepository users,
      AuditLog audit,
      @Value("${isocourse.smart.base-url:}") String baseUrl) {
    this.assertions = assertions;
    this.tokens = tokens;
    this.users = users;
    this.audit = audit;
    this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
  }

  /**
   * The server's public address: the setting {@code isocourse.smart.base-url} when set (the address
   * clients use, behind a proxy), else the request's (forwarded headers honoured).
   */
  String base() {
    return baseUrl.isEmpty()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        : baseUrl;
  }

  @GetMapping(value = DISCOVERY_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> configuration() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("issuer", base());
    c.put("token_endpoint", base() + TOKEN_PATH);
    c.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
    c.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
    c.put("grant_types_supported", List.of("client_credentials"));
    c.put("scopes_supported", SmartScopes.SUPPORTED);
    c.put("capabilities", List.of("client-confidential-asymmetric"));
    return c;
  }

  @PostMapping(value = TOKEN_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> token(
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    try {
      if (request.getQueryString() != null) {
        // an assertion in the URL would end up in proxy and access logs
        throw TokenError.invalidRequest("send the parameters in the form body, not the URL");
      }
      return noStore(ResponseEntity.ok(), grant(form));
    } catch (TokenError e) {
      audit.record(
          null,
          "anonymous",
          ACTION,
          null,
          "REFUSED",
          e.error() + (e.clientId() == null ? "" : "; machine client " + e.clientId()));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.error());
      body.put("error_description", e.getMessage());
      return noStore(ResponseEntity.status(e.status()), body);
    }
  }

  private Map<String, Object> grant(MultiValueMap<String, String> form) {
    if (!"client_credentials".equals(single(form, "grant_type"))) {
      throw TokenError.unsupportedGrantType("grant_type must be client_credentials");
    }
    if (!ASSERTION_TYPE.equals(single(form, "client_assertion_type"))) {
      throw TokenError.invalidClient("client_assertion_type must be " + ASSERTION_TYPE);
    }
    String assertion = single(form, "client_assertion");
    if (assertion == null || assertion.isBlank()) {
      throw TokenError.invalidClient("client_assertion is missing");
    }
    String scope = single(form, "scope");
    if (scope == null || scope.isBlank()) {
      throw TokenError.invalidRequest("scope is required");
    }
    MachineClient client = assertions.verify(assertion, base() + TOKEN_PATH);
    UserAccount user =
        users
            .findById(client.actsAsUserId())
            .filter(UserAccount::active)
            .orElseThrow(() -> TokenError.invalidClient("the client's user is not active"));
    List<String> requested = Arrays.stream(scope.trim().split(" +")).distinct().toList();
    List<String> refused = requested.stream().filter(s -> !client.scopes().contains(s)).toList();
    if (!refused.isEmpty()) {
      throw TokenError.invalidScope(
          client.clientId(), "not allowed for this client: " + String.join(" ", refused));
    }
    String token = tokens.issue(base(), client, requested);
    audit.record(
        user.user().id(),
        user.user().username(),
        ACTION,
        null,
        "OK",
        "access token issued to machine client "
            + client.clientId()
            + " ("
            + client.name()
            + "); scope "
            + String.join(" ", requested));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", AccessTokens.LIFETIME.toSeconds());
    body.put("scope", String.join(" ", requested));
    return body;
  }

  private static String single(MultiValueMap<String, String> form, String name) {
    List<String> values = form.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw TokenError.invalidRequest(name + " is sent more than once");
    }
    return values.get(0);
  }

  private static ResponseEntity<Map<String, Object>> noStore(
      ResponseEntity.BodyBuilder builder, Map<String, Object> body) {
    return builder.cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
  }
}
