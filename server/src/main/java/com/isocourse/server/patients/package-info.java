/**
 * Patients and the people who care for them: enrollment, the relationship check (a prescriber or
 * designee reaches only their own patients, a patient only themselves, anything else is "not
 * found"), the prescriber's and designee's API and worklist, and the patient's own API
 * (comprehension questions, contraception, symptoms with triage, PHQ-9, missed doses).
 */
package com.isocourse.server.patients;
