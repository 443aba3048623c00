/**
 * Our own launcher of a real embedded PostgreSQL (binaries from Maven Central), for {@code demo}
 * and the tests. Why not a library: PostgreSQL refuses to run as root and CI runs as root, so when
 * the JVM is root every PostgreSQL process runs as {@code nobody} with its data under {@code
 * /var/lib/isocourse}.
 */
package com.isocourse.server.platform.db;
