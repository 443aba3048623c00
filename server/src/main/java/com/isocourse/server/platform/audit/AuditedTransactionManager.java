package com.isocourse.server.platform.audit;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The application's transaction manager: just before a read-write transaction made while handling a
 * signed-in user's request commits, it writes that request's audit row <em>in the same
 * transaction</em> ({@link ChangeAudit}). If the row cannot be written the commit does not happen:
 * the whole change rolls back and the caller gets {@link AuditUnavailableException}, answered as a
 * 503. No audit, no change (issue 12, docs/adr/0010).
 */
class AuditedTransactionManager extends JdbcTransactionManager {
  private static final long serialVersionUID = 1L;

  private final transient ObjectProvider<ChangeAudit> changes;

  /**
   * The change audit once found: looking it up in the bean factory on every commit cost about 3 %
   * of an authorization's CPU (benchmarks run 16). Written once; a race only looks it up twice.
   */
  private transient volatile ChangeAudit found;

  public AuditedTransactionManager(DataSource dataSource, ObjectProvider<ChangeAudit> changes) {
    super(dataSource);
    this.changes = changes;
  }

  @Override
  protected void prepareForCommit(DefaultTransactionStatus status) {
    super.prepareForCommit(status);
    if (status.isNewTransaction() && !status.isReadOnly() && !status.isRollbackOnly()) {
      ChangeAudit audit = changeAudit();
      if (audit != null) {
        audit.recordInCurrentTransaction();
      }
    }
  }

  private ChangeAudit changeAudit() {
    ChangeAudit audit = found;
    if (audit == null) {
      audit = changes.getIfAvailable();
      found = audit;
    }
    return audit;
  }
}
