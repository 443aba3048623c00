package com.isocourse.server.platform.audit;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every transaction of the application goes through {@link AuditedTransactionManager}. */
@Configuration
class AuditTransactionConfig {
  @Bean
  AuditedTransactionManager transactionManager(
      DataSource dataSource, ObjectProvider<ChangeAudit> changes) {
    return new AuditedTransactionManager(dataSource, changes);
  }
}
