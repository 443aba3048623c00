package com.isocourse.server.alerts;

import java.time.LocalDate;

/**
 * Published when a recorded fact raised a new alert or counted on an open one, inside the
 * transaction that records the fact: a listener that writes (the prescriber's alert e-mail in the
 * notification outbox) commits or rolls back with the fact and the alert.
 *
 * @param alertId the alert, new or already open
 * @param raisedOn the date the alert is about (the fact's clinical date)
 */
public record AlertRaised(long alertId, long patientId, long prescriberId, LocalDate raisedOn) {}
