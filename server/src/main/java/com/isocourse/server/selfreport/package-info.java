/**
 * What patients report themselves (issue 13 item 3, capability {@code selfreport}): the patient's
 * own API for comprehension questions, contraception, symptoms with triage, PHQ-9 and missed doses.
 * The readings (thresholds, grading, triage) are core's ({@code com.isocourse.core.selfreport},
 * {@code com.isocourse.core.symptoms}); this package only records and answers. The patient's pages
 * live here too: home with today's checklist and the charts, the monthly steps, symptom reports,
 * settings and education pages, in the language the patient chose ({@code PatientLocaleResolver}).
 */
package com.isocourse.server.selfreport;
