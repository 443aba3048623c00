/**
 * The pharmacy's question before every fill, and the dispense that follows. Here the server's
 * safety guarantees are made by construction: one transaction locks the prescription, checks the
 * idempotency key and any live authorization, asks the engine and inserts under a unique
 * constraint, so two racing requests yield one authorization, a retry gets the same answer, a
 * dispense is recorded once, and a database failure authorizes nothing. The pharmacy counter page
 * asks through the same use case as the API and shows the answer's checklist ({@code
 * ChecklistRows}, which the prescriber's patient page shows too).
 */
package com.isocourse.server.authorization;
