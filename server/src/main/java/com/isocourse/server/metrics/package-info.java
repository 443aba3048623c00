/**
 * The product's own Prometheus metrics ({@link com.isocourse.server.metrics.OpsMetrics}): depends
 * on nothing else in the server, so any capability may count what it does.
 */
package com.isocourse.server.metrics;
