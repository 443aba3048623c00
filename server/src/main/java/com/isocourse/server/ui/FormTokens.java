package com.isocourse.server.ui;

import com.isocourse.server.platform.idempotency.Idempotency;
import com.isocourse.server.platform.idempotency.IdempotencyKey;
import com.isocourse.server.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens against refreshes and double submits, without JavaScript. Every form that
 * writes carries a fresh random token in a hidden field ({@code ${@formTokens.issue()}}); the write
 * consumes it in its own transaction ({@link Idempotency}), and a second post of the same token (a
 * double click, a resubmitted page, the back button) writes nothing and is answered with "this form
 * was already submitted" and a link to the result. Every successful write answers with a redirect
 * to the page that shows its result (post/redirect/get).
 */
@Component("formTokens")
public class FormTokens {
  /** The hidden field that carries the token. */
  public static final String FIELD = "formToken";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Idempotency idempotency;

  public FormTokens(Idempotency idempotency) {
    this.idempotency = idempotency;
  }

  /** A fresh token for one rendered form. */
  public String issue() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Runs a form's write once for the token the request carries and redirects to its result.
   *
   * @param write does the write (joining this transaction) and returns the path of the page that
   *     shows its result
   * @throws AlreadySubmitted when the token was used before: nothing is written
   * @throws NoToken when the request carries no token: nothing is written
   */
  public String submit(CurrentUser user, HttpServletRequest request, Supplier<String> write) {
    String token = request.getParameter(FIELD);
    if (!IdempotencyKey.isValid(token)) {
      throw new NoToken();
    }
    Idempotency.Run<String> run =
        idempotency.once(
            user.id(),
            IdempotencyKey.of(token),
            "POST " + request.getRequestURI(),
            "",
            write,
            location -> new Idempotency.Answer(302, null, location));
    return switch (run) {
      case Idempotency.Run.Now<String> now -> "redirect:" + now.value();
      case Idempotency.Run.Before<String> before ->
          throw new AlreadySubmitted(before.earlier().location());
    };
  }

  /** The form was submitted before with this token; {@code location} shows what it did. */
  public static final class AlreadySubmitted extends RuntimeException {
    private final String location;

    public AlreadySubmitted(String location) {
      super("form already submitted");
      this.location = location;
    }

    /** The path of the page that shows the first submission's result, or null. */
    public String location() {
      return location;
    }
  }

  /** A write posted without its form token (a form rendered before tokens, or a forged post). */
  public static final class NoToken extends RuntimeException {
    public NoToken() {
      super("form posted without its token");
    }
  }
}
