/**
 * Plausibility limits of entered data, one place for every channel (REST API, web forms, CLI,
 * FHIR): free text, enrollment, order entry (rules.md §4, ALL-SUPPLY, ALL-REFILLS, ALL-MAXDOSE) and
 * recorded facts. Each refusal names the field and the limit; nothing is stored.
 */
package com.isocourse.core.plausibility;
