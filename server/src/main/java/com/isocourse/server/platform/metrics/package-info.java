/**
 * The product's own Prometheus metrics ({@link com.isocourse.server.platform.metrics.OpsMetrics}):
 * depends on nothing else in the server, so any capability may count what it does.
 */
package com.isocourse.server.platform.metrics;
