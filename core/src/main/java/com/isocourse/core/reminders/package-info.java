/**
 * Reminders to the patient (issue 14): what to remind them of, on which date, and under which
 * stable key, derived from the monitoring schedule (rules.md §5), the 7-day pregnancy-test window
 * (US26-WINDOW), the pickup deadline (do-not-dispense-after) and the post-course pregnancy test. A
 * pure function of the course and the date; sending is the server's business.
 */
package com.isocourse.core.reminders;
