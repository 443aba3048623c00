/**
 * Enrollment: a prescriber or designee registers a patient in the program and opens the first
 * course; a likely duplicate (same name and birth date) is refused unless confirmed. The enrollment
 * page and the prescriber's API call the same use case.
 */
package com.isocourse.server.enrollment;
