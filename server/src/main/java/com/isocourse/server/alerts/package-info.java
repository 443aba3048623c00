/**
 * The prescriber's alerts: each safety or lab stop that a newly recorded fact raises (core {@code
 * Escalation#raisedBy}) is written as an alert for the patient's prescriber in the transaction that
 * records the fact, and stays open until the prescriber or their designee acknowledges it (who and
 * when are kept). The inbox page, the navigation's count and {@code /api/alerts} read the same
 * rows.
 */
package com.isocourse.server.alerts;
