/**
 * The date-versioned rule sets (rules.md §2): their ids with what the choice by date needs
 * (jurisdictions, effective date), which one applies to a request, the policy parameters a clinic
 * may override, and the shape of a catalog entry. The rules themselves, their catalog and the
 * registry are in {@code authorization}, which depends on this package and not the reverse.
 */
package com.isocourse.core.rulesets;
