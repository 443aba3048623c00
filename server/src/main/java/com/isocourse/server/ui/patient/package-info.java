/**
 * The patient's pages: today's checklist and progress, the monthly steps (comprehension questions,
 * contraception, PHQ-9, missed doses), symptom reports with immediate triage, and education pages.
 */
package com.isocourse.server.ui.patient;
