/**
 * The prescriber's and designee's JSON API for their patients: enroll, record facts, plan and
 * prescribe, read a course summary. A thin adapter over {@code enrollment} and {@code courses}.
 */
package com.isocourse.server.prescriber;
