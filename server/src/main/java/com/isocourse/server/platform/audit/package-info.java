/**
 * The append-only, hash-chained audit trail. Every read and write of patient data, every refused
 * attempt and every sign-in leaves one row; each row's hash covers the previous one, so {@code
 * isocourse audit verify} ({@link com.isocourse.server.platform.audit.AuditVerifier}) names the
 * first edited or missing row. Rows carry ids, routes and outcomes, never request bodies: the trail
 * proves who touched what without becoming a second copy of the clinical record.
 */
package com.isocourse.server.platform.audit;
