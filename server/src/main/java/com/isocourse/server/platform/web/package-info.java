/**
 * The HTTP edge shared by every controller: RFC 9457 problem responses (400 with every field error,
 * 404 that never reveals existence, 409, and 503 when the database is unreachable), the audit
 * interceptor registration, and the what-if evaluation endpoint. Logs name exception types only, so
 * no patient data reaches them.
 */
package com.isocourse.server.platform.web;
