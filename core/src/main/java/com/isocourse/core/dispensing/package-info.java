/**
 * What the pharmacy hands over: checks of a recorded dispense against its prescription, shared by
 * every channel that records one (API, counter page, NCPDP/FHIR dispense messages).
 */
package com.isocourse.core.dispensing;
