/**
 * Notifications with a real mail path (issue 14, docs/adr/0016): patient reminders planned from
 * core's {@code ReminderSchedule}, the prescriber's alert e-mails and daily digest, all written to
 * the durable {@code notification} outbox (V12) and sent from it by claim-with-lease senders on any
 * number of instances: each message is sent once, retried with back-off when the SMTP server fails.
 * The admin's outbox page and the staff's e-mail address page live here too.
 */
package com.isocourse.server.notifications;
