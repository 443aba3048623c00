/**
 * Pregnancy-prevention checks shared by the rule sets: the 7-day test window (US26-WINDOW,
 * US26-HOME, the 2021 lockout), the pretreatment tests (US26-PRE-TESTS) and the contraception
 * requirements (US26-CONTRA, US26-LEADIN, EU-CONTRA). Pure functions over plain facts, so each can
 * be tested on its own.
 */
package com.isocourse.core.pregnancy;
