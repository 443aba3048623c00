/**
 * The prescriber's and designee's JSON API for their patients: enroll, record facts, plan and
 * prescribe, read a course summary. A thin adapter over {@code enrollment} and {@code courses}. The
 * prescriber's pages that work on one patient's course live here too (patient page with the course
 * view and its server-drawn SVG charts, facts, monthly visit, plan with a live regimen preview,
 * prescriptions, hard-stop reviews, ending a course); each resolves the patient through the same
 * relationship check as the API, so another prescriber's patient is not found.
 */
package com.isocourse.server.prescriber;
