package com.isocourse.server.ui;

import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What every page gets: the signed-in user for the navigation, and failures as a friendly page with
 * the right status and never a stack trace. A patient of another prescriber is "not found", as in
 * the API. Every page is a controller of {@code ui} or a {@link WebPage} in its capability; the
 * count of open alerts on the navigation comes from the alerts capability, for the same pages.
 */
@ControllerAdvice(basePackages = "com.isocourse.server.ui", annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiAdvice {
  private static final Logger LOG = LoggerFactory.getLogger(UiAdvice.class);

  private final java.time.Duration sessionTimeout;

  public UiAdvice(
      @org.springframework.beans.factory.annotation.Value("${spring.session.timeout:30m}")
          java.time.Duration sessionTimeout) {
    this.sessionTimeout = sessionTimeout;
  }

  @ModelAttribute("me")
  CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
    return user;
  }

  /**
   * The idle time after which the server ends a web session, in seconds: the page warns before it
   * and keeps what was typed (js/session.js, issue 14 §5).
   */
  @ModelAttribute("sessionSeconds")
  long sessionSeconds() {
    return sessionTimeout.toSeconds();
  }

  @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
  String notFound(HttpServletResponse response, Model model) {
    return ErrorPage.show(response, model, 404);
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(HttpServletResponse response, Model model) {
    return ErrorPage.show(response, model, 403);
  }

  @ExceptionHandler(ConflictException.class)
  String conflict(ConflictException e, HttpServletResponse response, Model model) {
    model.addAttribute("detail", e.getMessage());
    return ErrorPage.show(response, model, 409);
  }

  /** A form posted again with its used token: nothing was written; link to the first result. */
  @ExceptionHandler(FormTokens.AlreadySubmitted.class)
  String alreadySubmitted(
      FormTokens.AlreadySubmitted e,
      Principal principal,
      HttpServletResponse response,
      Model model) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    if (principal instanceof Authentication a && a.getPrincipal() instanceof CurrentUser user) {
      model.addAttribute("me", user);
      // model attribute methods do not run for exception handlers
      model.addAttribute("sessionSeconds", sessionSeconds());
    }
    model.addAttribute("result", e.location());
    return "already-submitted";
  }

  @ExceptionHandler(FormTokens.NoToken.class)
  String noToken(HttpServletResponse response, Model model) {
    model.addAttribute(
        "detail",
        "The form was sent without its one-time token, so nothing was saved. Open the form again"
            + " and send it from there.");
    return ErrorPage.show(response, model, 400);
  }

  @ExceptionHandler(DataAccessException.class)
  String database(DataAccessException e, HttpServletResponse response, Model model) {
    LOG.warn("page failed on the database: {}", e.getClass().getSimpleName());
    return ErrorPage.show(response, model, 503);
  }

  @ExceptionHandler({
    ServletRequestBindingException.class,
    MethodArgumentTypeMismatchException.class,
    com.isocourse.server.platform.refusal.InvalidInputException.class
  })
  String badRequest(HttpServletResponse response, Model model) {
    return ErrorPage.show(response, model, 400);
  }

  /** Anything else: a friendly page, the exception type in the log, never a stack trace. */
  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response, Model model) {
    LOG.error(
        "page failed: {} at {}",
        e.getClass().getSimpleName(),
        e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
    return ErrorPage.show(response, model, 500);
  }
}
