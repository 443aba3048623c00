/**
 * Interaction matching (rules.md §3.2 SAFE-TETRA, SAFE-RETINOID; §3.3 WARN-VITA, WARN-SJW,
 * WARN-BONE; §7): which of the patient's other medications are systemic, and which interaction
 * groups they belong to, by RxNorm ingredient code or by normalized name, so that a medication list
 * with names only still triggers the checks.
 */
package com.isocourse.core.interactions;
