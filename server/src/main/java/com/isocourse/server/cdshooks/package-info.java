/**
 * CDS Hooks 2.0 adapter (issue 15 item 3, docs/adr/0014): discovery at {@code GET /cds-services}
 * and cards for {@code order-sign}, {@code order-select} and {@code patient-view}. A thin
 * translation: the patient is identified strictly by program ID, access is the prescriber's own
 * relationship, and the cards are the dispense decision the pharmacy API gets from the engine
 * ({@code DispenseRules.decide}), never a second set of rules.
 */
package com.isocourse.server.cdshooks;
