/**
 * A patient's course as stored: the append-only event history in the scenario contract's shape,
 * prescriptions, and the summary built by asking the engine (never by re-deciding here). Storing
 * events in the contract's shape means any past decision can be replayed by the same reader the
 * command line uses.
 */
package com.isocourse.server.courses;
