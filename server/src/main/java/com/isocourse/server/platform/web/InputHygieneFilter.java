package com.isocourse.server.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.core.plausibility.TextLimits;
import com.isocourse.server.platform.refusal.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same input limits on every channel before anything else runs (issue 11, "only plausible
 * input, everywhere"): a request body of at most {@link #MAX_BODY_BYTES} (413 otherwise), and no
 * control character other than line breaks and tabs in the path, in any query or form parameter, or
 * escaped in a JSON body (such as {@code \u0000}: PostgreSQL cannot store a NUL and answered 500).
 * Each refusal is a problem naming what was refused; nothing runs, so nothing is stored. Free text
 * longer than {@link TextLimits#MAX_CHARS} is refused field by field further in.
 */
public class InputHygieneFilter extends OncePerRequestFilter {
  /** The largest request body accepted: far above any form or clinical document. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /** A JSON escape of a control character other than tab, line feed and carriage return. */
  private static final Pattern ESCAPED_CONTROL =
      Pattern.compile("\\\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|8[0-9a-fA-F]|9[0-9a-fA-F])");

  private final ObjectMapper json;

  public InputHygieneFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<FieldProblem> problem = inPathOrParameters(request);
    if (problem.isPresent()) {
      ProblemResponses.write(response, json, ProblemResponses.invalid(List.of(problem.get())));
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      tooLarge(response);
      return;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      tooLarge(response);
      return;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (ESCAPED_CONTROL.matcher(text).find() || hasControl(text)) {
      ProblemResponses.write(
          response,
          json,
          ProblemResponses.invalid(
              List.of(
                  new FieldProblem(
                      "body", "must not contain control characters (such as NUL) in any text"))));
      return;
    }
    Optional<String> twice = fieldGivenTwice(body);
    if (twice.isPresent()) {
      // ambiguous: a reader would keep one of the two values (ADR 0024, addendum)
      ProblemResponses.write(
          response,
          json,
          ProblemResponses.invalid(
              List.of(new FieldProblem(twice.get(), "is given more than once"))));
      return;
    }
    chain.doFilter(new Replayed(request, body), response);
  }

  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * The name of a field given twice in one JSON object of the body, on every channel (the API,
   * FHIR, CDS Hooks); empty when there is none or the body is not JSON (its reader reports that).
   */
  static Optional<String> fieldGivenTwice(byte[] body) {
    try (JsonParser p = STRICT.createParser(body)) {
      while (p.nextToken() != null) {
        // reading every token is the check
      }
      return Optional.empty();
    } catch (StreamReadException e) {
      java.util.regex.Matcher m = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '([^']*)'");

  private static Optional<FieldProblem> inPathOrParameters(HttpServletRequest request) {
    if (hasControl(request.getRequestURI())) {
      return Optional.of(new FieldProblem("path", "must not contain control characters"));
    }
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      if (hasControl(p.getKey())) {
        return Optional.of(new FieldProblem("parameter", "must not contain control characters"));
      }
      for (String v : p.getValue()) {
        Optional<String> reason = TextLimits.problem(v);
        if (reason.isPresent() && hasControl(v)) {
          return Optional.of(new FieldProblem(p.getKey(), reason.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return true;
      }
    }
    return false;
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    ProblemResponses.write(
        response,
        json,
        ProblemResponses.problem(
            HttpStatus.PAYLOAD_TOO_LARGE,
            "too-large",
            "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB."));
  }

  /** The request with its body, already read, readable again. */
  private static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body was already read: synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
