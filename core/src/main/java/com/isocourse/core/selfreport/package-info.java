/**
 * What patients report themselves, read the same way on every channel (API, pages, FHIR
 * QuestionnaireResponse, reminders): the comprehension questions and their grading (US26-QUIZ),
 * PHQ-9 answers scored and read against the SAFE-MOOD and WARN-MOOD thresholds.
 */
package com.isocourse.core.selfreport;
