package com.isocourse.server.platform.audit;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The audit row could not be written, so the change it records was not committed (issue 12: the
 * trail fails closed). A resource failure: the API answers a complete 503 problem and pages a 503
 * page, as when the database is down.
 */
public class AuditUnavailableException extends DataAccessResourceFailureException {
  private static final long serialVersionUID = 1L;

  public AuditUnavailableException(Throwable cause) {
    super("the audit trail could not be written; nothing was changed", cause);
  }
}
