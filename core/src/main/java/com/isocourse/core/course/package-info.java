/**
 * The course record: the patient, the course and every dated fact (events) as immutable records
 * that validate when built. A decision reads the history as it stood on its request date.
 */
package com.isocourse.core.course;
