/**
 * The prescriber's worklist: one line per patient (readiness, what is due, severity), kept per
 * history version and computed in the background at start-up and after midnight, so the first
 * worklist of the day runs no engine. The worklist page reads the same lines.
 */
package com.isocourse.server.worklist;
