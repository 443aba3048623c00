/**
 * The monitoring schedule (rules.md §5): what is due next and which labs are overdue
 * (LABS_OVERDUE), under the consensus-2022 or monthly policy.
 */
package com.isocourse.core.monitoring;
