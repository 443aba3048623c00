/**
 * The clinic administrator's API: users and roles, API tokens, pharmacies, prescriber certification
 * and the policy parameters a clinic may override. Kept apart from the clinical packages because an
 * admin manages access and never sees clinical data. Each instance keeps the policy in memory and
 * follows its version in the database ({@link com.isocourse.server.admin.PolicyVersionWatch}), so
 * instances behind one load balancer apply a change within 1 s (docs/adr/0011).
 */
package com.isocourse.server.admin;
