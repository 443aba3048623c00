/**
 * JMH benchmarks of the core (dispense decision on a one-year history, planner, ledger); their
 * numbers are reported in docs/benchmarks.md, never asserted by unit tests.
 */
package com.isocourse.bench;
