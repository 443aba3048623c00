/**
 * Lab values with units (rules.md §7): the analytes the rules read, their LOINC codes, and the
 * conversions to mg/dL and U/L. An unknown unit is an error, never a guess.
 */
package com.isocourse.core.labs;
