/**
 * The patient register every capability reads: who a patient is ({@link
 * com.isocourse.server.patients.PatientRecord}), the relationship check (a prescriber or designee
 * reaches only their own patients, a patient only themselves, anything else is "not found") and a
 * patient's contact details and reminder preferences. It depends on no capability: enrollment,
 * courses, self-report, the worklist and alerts build on it.
 */
package com.isocourse.server.patients;
