/**
 * The demo clinic seeded into an empty database: users of every role and patients in every
 * interesting state (authorized, test window closed, first dispense, interaction, lab stop, near
 * target, completed). Dates are relative to the application clock, so the states hold whatever day
 * the demo starts.
 */
package com.isocourse.server.demo;
