/**
 * Operations: health and readiness for the load balancer, Prometheus metrics for the operator
 * ({@link com.isocourse.server.metrics.OpsMetrics}), and keeping several instances on one database
 * in agreement.
 */
package com.isocourse.server.ops;
