/**
 * The date-versioned rule sets (rules.md §2): which one applies to a request, the policy parameters
 * a clinic may override, and the catalog of every rule with its reason codes.
 */
package com.isocourse.core.rulesets;
