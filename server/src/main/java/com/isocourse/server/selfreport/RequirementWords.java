package com.isocourse.server.selfreport;

import com.isocourse.core.authorization.Requirement;
import com.isocourse.core.reasons.Finding;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The course's requirements (ADR 0017) in the patient's language (issue 14 item 4, ADR 0018): each
 * requirement's summary from the bundles by rule ID ({@code patient.rule.<ruleId>}, plain words for
 * the patient where the catalog's are the clinicians'), and each finding's message as the sentence
 * the patient's pages tell ({@link ReasonSentences}). A requirement the catalog does not list is
 * summarized by its finding, as core does, so by that finding's sentence. Rule IDs, statuses, who
 * acts, codes and dates are unchanged. The English keys copy the catalog's summaries (checked by
 * {@code RequirementWordsTest}); an English reader still gets core's own.
 */
final class RequirementWords {
  private final MessageSource messages;
  private final ReasonSentences reasons;

  RequirementWords(MessageSource messages, ReasonSentences reasons) {
    this.messages = messages;
    this.reasons = reasons;
  }

  Requirement told(Requirement r, Locale locale) {
    List<Finding> findings = told(r.findings(), locale);
    String summary = messages.getMessage("patient.rule." + r.ruleId(), null, null, locale);
    if (summary == null && !findings.isEmpty()) {
      summary = findings.getFirst().message(); // core summarizes such a requirement by its finding
    }
    return new Requirement(
        r.ruleId(),
        summary == null ? r.summary() : summary,
        r.status(),
        r.whoActs(),
        findings,
        r.factDate(),
        r.holdsUntil());
  }

  /** Each finding with its message as the patient reads it; code and rule unchanged. */
  List<Finding> told(List<Finding> findings, Locale locale) {
    return findings.stream()
        .map(f -> new Finding(f.code(), f.rule(), reasons.sentence(f.code(), locale)))
        .toList();
  }
}
