/**
 * Who is calling and what their role allows: browser sessions (stored in PostgreSQL by Spring
 * Session, with a CSRF token on every write), bearer tokens for machine clients (only a hash is
 * stored), bcrypt passwords and sign-in throttling. Relationships are checked in the use cases
 * ({@code patients.PatientAccess}); this package decides by role only.
 */
package com.isocourse.server.platform.security;
