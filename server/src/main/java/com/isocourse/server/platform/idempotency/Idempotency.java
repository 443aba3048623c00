package com.isocourse.server.platform.idempotency;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a creating action at most once per user and key. In one transaction the key is claimed first
 * (its row inserted under the primary key), then the action runs (use cases join the transaction)
 * and its answer is stored: so the row and what the action created commit together or not at all. A
 * second request with the key waits on the first one's row and then gets the earlier answer instead
 * of running the action; if the first one failed, nothing of it remains and the second runs as if
 * it were the first.
 */
@Service
public class Idempotency {
  private final IdempotentRequests store;
  private final TransactionTemplate tx;

  public Idempotency(IdempotentRequests store, PlatformTransactionManager transactions) {
    this.store = store;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * What a request leaves for its retries.
   *
   * @param status the HTTP status it was answered with
   * @param body the answer's body (sealed before it is stored), or null
   * @param location where a web form's result is shown, or null
   */
  public record Answer(int status, byte[] body, String location) {}

  /** The request that used a key first, as a retry finds it; {@code body} is opened. */
  public record Earlier(
      String endpoint, String fingerprint, int status, byte[] body, String location) {}

  /** Whether the action ran now, or an earlier request with the key had run it. */
  public sealed interface Run<T> {
    /** The action ran in this request and returned {@code value}. */
    record Now<T>(T value) implements Run<T> {}

    /** An earlier request with this key ran it; nothing ran now. */
    record Before<T>(Earlier earlier) implements Run<T> {}
  }

  /**
   * Runs {@code action} unless this user already used {@code key}.
   *
   * @param endpoint the request's method and path
   * @param fingerprint what identifies the request's body ({@link #fingerprint})
   * @param answer what to store of the action's result for a retry
   */
  public <T> Run<T> once(
      long userId,
      IdempotencyKey key,
      String endpoint,
      String fingerprint,
      Supplier<T> action,
      Function<? super T, Answer> answer) {
    String id = key.id();
    return tx.execute(
        status -> {
          if (store.claim(userId, id, endpoint, fingerprint)) {
            T value = action.get();
            Answer a = answer.apply(value);
            store.answer(
                userId, id, a.status(), a.body() == null ? null : key.seal(a.body()), a.location());
            return new Run.Now<>(value);
          }
          IdempotentRequests.Row row =
              store
                  .find(userId, id)
                  .orElseThrow(() -> new IllegalStateException("claimed key has no row"));
          return new Run.Before<T>(
              new Earlier(
                  row.endpoint(),
                  row.fingerprint(),
                  row.status(),
                  row.answer() == null ? null : key.open(row.answer()),
                  row.location()));
        });
  }

  /** Identifies a request body (its canonical JSON) sent with the key, without storing it. */
  public static String fingerprint(IdempotencyKey key, String canonicalBody) {
    return key.fingerprint(canonicalBody);
  }
}
