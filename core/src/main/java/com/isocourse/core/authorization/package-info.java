/**
 * The dispense decision (rules.md §3): {@link
 * com.isocourse.core.authorization.DispenseRules#decide} runs every rule of §3.1, the hard stops of
 * §3.2, the rule set's category rules (§3.4–3.6) and the warnings of §3.3, and returns an
 * explainable, immutable decision. Fails closed: DENIED beats INDETERMINATE beats AUTHORIZED.
 *
 * <p>Each rule set implements the sealed {@link com.isocourse.core.authorization.RuleSet} and is
 * registered in {@link com.isocourse.core.authorization.RuleSets}. Every rule class declares its
 * catalog entries (rule ID, codes, summary) next to the code that cites them; {@link
 * com.isocourse.core.authorization.RuleCatalog} only assembles them, and a test checks that the
 * catalog lists exactly the rule IDs the code cites.
 *
 * <p>{@link com.isocourse.core.authorization.RequirementChecklist} lists, from that catalog, every
 * requirement a decision checked for the patient, MET, UNMET or MISSING, with the dates of the
 * facts that meet them (docs/adr/0017).
 */
package com.isocourse.core.authorization;
