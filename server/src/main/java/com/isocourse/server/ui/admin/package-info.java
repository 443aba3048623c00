/**
 * The administrator's web pages: staff accounts, pharmacies and certification, and the clinic
 * policy. They call the same services as the admin JSON API ({@link
 * com.isocourse.server.admin.StaffAccounts}, {@link com.isocourse.server.admin.Pharmacies}, {@link
 * com.isocourse.server.admin.ClinicPolicyService}, {@link
 * com.isocourse.server.admin.AccountChanges}), so a change is checked and audited the same way
 * whichever door it comes through.
 */
package com.isocourse.server.ui.admin;
