/**
 * The prescriber's and designee's pages: worklist, patient page, enrollment, course plan with a
 * live regimen preview, facts, prescriptions and hard-stop reviews. Every page resolves the patient
 * through the same relationship check as the API, so another prescriber's patient is not found.
 */
package com.isocourse.server.ui.prescriber;
