/**
 * The clinic administrator's API: users and roles, API tokens, pharmacies, prescriber certification
 * and the policy parameters a clinic may override. The use cases live in services ({@link
 * com.isocourse.server.admin.StaffAccounts}, {@link com.isocourse.server.admin.AccountChanges},
 * {@link com.isocourse.server.admin.Pharmacies}, {@link com.isocourse.server.admin.ApiTokens},
 * {@link com.isocourse.server.admin.ClinicPolicyService}) that the JSON controllers and the admin
 * web pages (users, pharmacies and certification, tokens, the clinic policy, the audit trail) both
 * call, so a change is checked and audited the same way whichever door it comes through. Kept apart
 * from the clinical packages because an admin manages access and never sees clinical data. Each
 * instance keeps the policy in memory and follows its version in the database ({@link
 * com.isocourse.server.admin.PolicyVersionWatch}), so instances behind one load balancer apply a
 * change within 1 s (docs/adr/0011).
 */
package com.isocourse.server.admin;
