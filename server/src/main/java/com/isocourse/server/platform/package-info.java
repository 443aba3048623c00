/**
 * The platform every capability stands on (issue 13 item 3): {@code security} (accounts, sessions,
 * tokens), {@code audit} (the keyed chain that fails closed), {@code web} (problem responses, input
 * hygiene), {@code refusal} (why a use case refuses), {@code db} (embedded PostgreSQL, migrations),
 * {@code idempotency}, {@code metrics}, {@code cache} and {@code ops}. The platform depends on no
 * capability ({@code ServerArchitectureTest}).
 */
package com.isocourse.server.platform;
