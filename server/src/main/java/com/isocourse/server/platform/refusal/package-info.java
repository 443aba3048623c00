/**
 * Why a use case refuses, as domain values the use cases throw and the adapters map: not found
 * (never revealing whether something exists), conflict, forbidden, invalid input with every field
 * and reason. No web types here: the JSON API maps them to RFC 9457 problems ({@code
 * platform.web.ApiExceptionHandler}), FHIR to OperationOutcome, SCRIPT to its Error message, pages
 * to messages beside the field.
 */
package com.isocourse.server.platform.refusal;
