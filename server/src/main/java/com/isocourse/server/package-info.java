/**
 * The Isocourse server: a Spring Boot application over PostgreSQL. {@link
 * com.isocourse.server.IsocourseServer} is the entry point ({@code demo}, {@code serve}, {@code
 * audit verify}); it decides where the database is before Spring starts, so the same application
 * runs on the embedded demo database and on a production PostgreSQL.
 *
 * <p>Why this shape: clinical decisions stay in {@code core} as pure functions; this module only
 * loads the stored history, asks the engine and stores the answer (architecture.md, data flow).
 * Sub-packages are by capability first ({@code patients}, {@code courses}, {@code authorization}),
 * then by technical role ({@code security}, {@code audit}, {@code web}, {@code db}).
 */
package com.isocourse.server;
