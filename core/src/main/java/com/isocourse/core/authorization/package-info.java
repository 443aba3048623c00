/**
 * The dispense decision (rules.md §3): {@link
 * com.isocourse.core.authorization.DispenseRules#decide} runs every rule of §3.1, the hard stops of
 * §3.2, the rule set's category rules (§3.4–3.6) and the warnings of §3.3, and returns an
 * explainable, immutable decision. Fails closed: DENIED beats INDETERMINATE beats AUTHORIZED.
 */
package com.isocourse.core.authorization;
