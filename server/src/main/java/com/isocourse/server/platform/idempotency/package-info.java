/**
 * Retries and double submits (issue 11): a creating request that carries an idempotency key (the
 * API's {@code Idempotency-Key} header, a web form's one-time token) runs at most once per user and
 * key. The key's row is written in the same transaction as what the request creates, first, under
 * its primary key: a concurrent request with the same key waits for that transaction and then
 * replays the stored answer, a request with the same key but another endpoint or body is refused
 * (409), and a request that fails leaves no row, so its retry runs afresh. Keys and answers are
 * stored hashed and sealed, never in the clear.
 */
package com.isocourse.server.platform.idempotency;
