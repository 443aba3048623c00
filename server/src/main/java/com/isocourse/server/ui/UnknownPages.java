package com.isocourse.server.ui;

import com.isocourse.server.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path nothing answers: the friendly 404 page for page paths, the API's problem document for API
 * paths.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

  @ExceptionHandler(NoResourceFoundException.class)
  Object unknown(HttpServletRequest request, HttpServletResponse response) {
    if (!UiSecurityConfig.isPage(request)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", "no such resource"));
    }
    ExtendedModelMap model = new ExtendedModelMap();
    String view = ErrorPage.show(response, model, 404);
    return new ModelAndView(view, model, HttpStatus.NOT_FOUND);
  }
}
