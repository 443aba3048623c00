/**
 * The clinic administrator's API: users and roles, API tokens, pharmacies, prescriber certification
 * and the policy parameters a clinic may override. Kept apart from the clinical packages because an
 * admin manages access and never sees clinical data.
 */
package com.isocourse.server.admin;
