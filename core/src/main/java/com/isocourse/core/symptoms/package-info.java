/**
 * Symptom triage (rules.md §6): every code a patient can report, its level (self-care,
 * call-prescriber, stop-now) and the advice shown at once. Free text is never read by a rule.
 */
package com.isocourse.core.symptoms;
