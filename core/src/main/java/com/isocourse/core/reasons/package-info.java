/**
 * Reason codes and findings: the stable API vocabulary of every decision (rules.md §3), at the
 * bottom of the package graph so every capability can report in it.
 */
package com.isocourse.core.reasons;
