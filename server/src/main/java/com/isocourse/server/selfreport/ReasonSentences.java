package com.isocourse.server.selfreport;

import com.isocourse.core.reasons.ReasonCode;
import java.util.Locale;

/**
 * What a reason means to the patient, in the patient's language: the same sentence their pages
 * show. The API depends on this, not on the pages' wording classes; the pages provide it.
 */
interface ReasonSentences {
  String sentence(ReasonCode code, Locale locale);
}
