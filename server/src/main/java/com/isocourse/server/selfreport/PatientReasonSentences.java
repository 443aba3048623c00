package com.isocourse.server.selfreport;

import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.ui.words.PatientWords;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The patient pages' sentence of a reason ({@link PatientWords}), for the patient API too. */
@Component
class PatientReasonSentences implements ReasonSentences {
  @Override
  public String sentence(ReasonCode code, Locale locale) {
    return PatientWords.tell(code, locale).sentence();
  }
}
