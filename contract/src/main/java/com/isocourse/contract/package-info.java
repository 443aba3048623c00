/**
 * The scenario contract (shared/scenarios/README.md): JSON in, domain values out, and decisions and
 * dose plans back to JSON. The same shapes serve {@code isocourse evaluate}, the HTTP what-if
 * endpoint and the regression suite.
 *
 * <p>Why it is strict: every dose and every window is computed from these values, so input is
 * validated once, at the edge ({@link com.isocourse.contract.ScenarioReader}), and a bad input is
 * answered with every problem and its path ({@code events[3].kg: must be between 1 and 400}), never
 * with a guess. Facts whose absence the engine can reason about (risk category, birth date,
 * prescriber and pharmacy status) stay absent and make a decision INDETERMINATE. Fields outside the
 * contract are ignored so producers can annotate scenarios; an unknown event {@code type} is an
 * error because ignoring it would drop a fact.
 *
 * <p>Numbers out: whole numbers without decimals; mg/kg ratios rounded half-up to one decimal.
 */
package com.isocourse.contract;
