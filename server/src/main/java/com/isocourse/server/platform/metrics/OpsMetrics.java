package com.isocourse.server.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The product's own metrics, scraped at {@code /actuator/prometheus} (admins only). Counters count
 * what was committed: an increment asked for inside a transaction happens after the commit, so a
 * rolled-back authorization (database lost mid-request) is never counted as given. HTTP request
 * rate and latency come from Spring's standard {@code http.server.requests}.
 *
 * <p>Names as Prometheus shows them: {@code isocourse_authorizations_total{decision,channel}},
 * {@code isocourse_dispenses_total{channel}}, {@code isocourse_sign_in_failures_total{reason}}.
 */
@Component
public class OpsMetrics {
  private final MeterRegistry registry;

  public OpsMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * A pharmacy authorization was decided (not a replay): {@code decision} is AUTHORIZED, DENIED or
   * INDETERMINATE; the channel (api or web) is the current request's.
   */
  public void authorizationDecided(String decision) {
    String channel = channel();
    afterCommit(
        () ->
            Counter.builder("isocourse.authorizations")
                .description("Pharmacy authorization decisions, by outcome and channel")
                .tag("decision", decision)
                .tag("channel", channel)
                .register(registry)
                .increment());
  }

  /** A dispense was recorded against an authorization. */
  public void dispenseRecorded() {
    String channel = channel();
    afterCommit(
        () ->
            Counter.builder("isocourse.dispenses")
                .description("Dispenses recorded against an authorization")
                .tag("channel", channel)
                .register(registry)
                .increment());
  }

  /**
   * A sign-in was refused; {@code reason} is a short code (wrong_password, locked, unknown_user,
   * inactive), never what was typed.
   */
  public void signInFailed(String reason) {
    Counter.builder("isocourse.sign.in.failures")
        .description("Refused sign-in attempts, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /**
   * Registers a gauge read at every scrape (for example the audit queue depth): {@code name} in
   * Micrometer's dotted form, such as {@code isocourse.audit.queue}.
   */
  public void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }

  /** The request's door: {@code api} for /api, {@code web} for the pages, {@code other} else. */
  static String channel() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      String path = a.getRequest().getRequestURI();
      return path.startsWith(a.getRequest().getContextPath() + "/api/") ? "api" : "web";
    }
    return "other";
  }

  private static void afterCommit(Runnable increment) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              increment.run();
            }
          });
    } else {
      increment.run();
    }
  }
}
