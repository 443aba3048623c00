package com.isocourse.server.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: when the database cannot be reached outside any controller (loading the web
 * session from PostgreSQL, for instance), the caller gets the same 503 problem as everywhere else
 * instead of a bare 500. Fail closed: nothing ran, so nothing was recorded or authorized.
 */
class DatabaseDownFilter extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseDownFilter.class);

  private final ObjectMapper json;

  public DatabaseDownFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!databaseDown(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("database unavailable: {}", e.getClass().getSimpleName());
      response.resetBuffer();
      ProblemResponses.write(response, json, ProblemResponses.databaseUnavailable());
    }
  }

  static boolean databaseDown(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
    }
    return false;
  }
}
