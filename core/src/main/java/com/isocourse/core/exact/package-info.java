/**
 * Exact decimal comparisons at clinical thresholds (rules.md §3): no binary floating-point error at
 * a limit. A leaf package: it depends on nothing but the JDK.
 */
package com.isocourse.core.exact;
