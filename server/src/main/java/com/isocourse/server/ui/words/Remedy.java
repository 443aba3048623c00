package com.isocourse.server.ui.words;

/**
 * The form that clears a reason, relative to the prescriber's page of the patient (issue 14 item
 * 3): a blocking reason links straight to it, opened on the right kind of fact.
 *
 * @param path e.g. {@code record?type=pregnancy-test}, {@code prescribe}, {@code review}
 * @param label the link's words, e.g. "Record a pregnancy test"
 * @param prescriberOnly only a prescriber may use the form (prescribing, clearing a hard stop); a
 *     designee sees no link
 */
public record Remedy(String path, String label, boolean prescriberOnly) {
  /** The fact form opened on one kind of fact (designees may record facts). */
  static Remedy record(String type, String label) {
    return new Remedy("record?type=" + type, label, false);
  }

  static Remedy prescribe() {
    return new Remedy("prescribe", "Write a new prescription", true);
  }

  static Remedy review() {
    return new Remedy("review", "Review and record the decision", true);
  }
}
