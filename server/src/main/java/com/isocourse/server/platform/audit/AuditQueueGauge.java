package com.isocourse.server.platform.audit;

import com.isocourse.server.platform.metrics.OpsMetrics;
import org.springframework.stereotype.Component;

/**
 * Publishes the audit queue depth (issue 12): rows this instance has committed to {@code
 * audit_pending} and not yet seen chained. A depth that keeps growing means the chainer cannot keep
 * up or cannot reach the database; the rows themselves are durable.
 */
@Component
class AuditQueueGauge {
  AuditQueueGauge(OpsMetrics metrics, AuditLog audit) {
    metrics.gauge(
        "isocourse.audit.queue.depth",
        "Audit rows committed but not yet chained by this instance",
        audit::queueDepth);
  }
}
