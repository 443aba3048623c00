/**
 * Operations: health and readiness for the load balancer, Prometheus metrics for the operator
 * ({@link com.isocourse.server.platform.metrics.OpsMetrics}), and keeping several instances on one
 * database in agreement.
 */
package com.isocourse.server.platform.ops;
