package com.isocourse.server.script;

/**
 * A SCRIPT message that cannot be processed: answered with a SCRIPT {@code Error} naming the
 * element and why, never a stack trace.
 *
 * @param element the element path as in docs/interop-script.md (e.g. {@code Header/MessageID}), or
 *     {@code Message} for the document as a whole
 */
class ScriptMessageException extends RuntimeException {
  private final String element;

  ScriptMessageException(String element, String description) {
    super(description);
    this.element = element;
  }

  String element() {
    return element;
  }
}
