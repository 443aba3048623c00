/**
 * The pharmacy counter: find the patient by program ID and date of birth, ask for the authorization
 * through the same idempotent use case as the API, read the answer in words, record the dispense or
 * reverse an unclaimed authorization.
 */
package com.isocourse.server.ui.pharmacy;
