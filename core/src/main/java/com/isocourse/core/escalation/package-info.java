/**
 * Escalation: how urgently a course needs the prescriber, as a severity tier (safety stop, lab
 * stop, administrative block, overdue, due today, due this week, nothing) computed from a
 * decision's codes and due items on a date, and the trigger behind it named in clinical words
 * ("Suicidal thoughts reported 2026-11-30", "Triglycerides 900 mg/dL on 2026-11-30"). The worklist
 * ranks by the tier; the prescriber's alerts are the stops a newly recorded fact raises ({@link
 * com.isocourse.core.escalation.Escalation#raisedBy}).
 */
package com.isocourse.core.escalation;
