/**
 * Interaction matching (rules.md §3.2 SAFE-TETRA, SAFE-RETINOID; §3.3 WARN-VITA, WARN-SJW,
 * WARN-BONE; §7): which of the patient's other medications are systemic, and which interaction
 * groups they belong to, by RxNorm ingredient code or by normalized name, so that a medication list
 * with names only still triggers the checks. The names and codes are data (background.md
 * "Name-matching tables", "Local-only brands"): one resource file per group in this package
 * (tetracyclines.txt, systemic-retinoids.txt, vitamin-a.txt, st-johns-wort.txt, bone-risk.txt) plus
 * local-only-brands.txt and local-words.txt, each documenting its line format in a header comment.
 */
package com.isocourse.core.interactions;
