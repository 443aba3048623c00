/**
 * Dose planning and cumulative dose (rules.md §4): body weight, the two-dose regimen chosen by
 * {@link com.isocourse.core.dosing.DosePlanner}, its projection to the course target ({@link
 * com.isocourse.core.dosing.DoseProjection}) and the course's cumulative dose ({@link
 * com.isocourse.core.dosing.CumulativeLedger}). Pure functions over immutable values; JDK only.
 */
package com.isocourse.core.dosing;
