package com.isocourse.server.platform.security;

import java.time.Instant;

/** A stored user with the credentials and throttling state that only the login path reads. */
public record UserAccount(
    CurrentUser user, String passwordHash, boolean active, int failedLogins, Instant lockedUntil) {}
