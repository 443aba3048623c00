package com.isocourse.server.script;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A SCRIPT {@code REMSRequest} as read at the edge (field table: docs/interop-script.md). Only what
 * the pharmacy authorization needs is read; other elements are allowed and ignored.
 *
 * @param messageId {@code Header/MessageID}: the idempotency of the request
 * @param sender {@code Header/From}, echoed as the response's {@code To}
 * @param programId {@code Patient/HumanPatient/Identification/REMSPatientID}: the program ID
 * @param birthDate {@code Patient/HumanPatient/DateOfBirth/Date}
 * @param prescriptionId {@code MedicationPrescribed/PrescriberOrderNumber}: the Isocourse
 *     prescription ID
 * @param pharmacyNcpdpId {@code Pharmacy/Identification/NCPDPID}, informational (the pharmacy is
 *     the bearer token's)
 */
record RemsRequest(
    String messageId,
    String sender,
    String programId,
    LocalDate birthDate,
    String prescriptionId,
    Optional<String> pharmacyNcpdpId) {

  /** The longest identifier accepted: an ID, never free text. */
  static final int MAX_ID = 200;

  /** The longest message ID: its idempotency key ({@link #idempotencyKey}) stays within 200. */
  static final int MAX_MESSAGE_ID = 180;

  private static final String REMS = "Body/REMSRequest/";
  private static final String HUMAN = REMS + "Patient/HumanPatient/";

  static RemsRequest read(Document doc) {
    Element message = doc.getDocumentElement();
    if (!"Message".equals(message.getLocalName())) {
      throw new ScriptMessageException("Message", "the root element must be Message");
    }
    if (ScriptXml.at(message, "Body/REMSRequest").isEmpty()) {
      throw new ScriptMessageException(
          "Body/REMSRequest", "the message body must be a REMSRequest");
    }
    String messageId = id(message, "Header/MessageID");
    if (messageId.length() > MAX_MESSAGE_ID
        || !messageId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new ScriptMessageException(
          "Header/MessageID",
          "must be 1 to " + MAX_MESSAGE_ID + " visible ASCII characters without spaces");
    }
    String sender = ScriptXml.text(message, "Header/From").orElse("");
    String programId = id(message, HUMAN + "Identification/REMSPatientID");
    String date = id(message, HUMAN + "DateOfBirth/Date");
    LocalDate birthDate;
    try {
      birthDate = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ScriptMessageException(
          "Patient/HumanPatient/DateOfBirth/Date", "must be a date as YYYY-MM-DD");
    }
    String rx = id(message, REMS + "MedicationPrescribed/PrescriberOrderNumber");
    return new RemsRequest(
        messageId,
        sender.length() > MAX_ID ? sender.substring(0, MAX_ID) : sender,
        programId,
        birthDate,
        rx,
        ScriptXml.text(message, REMS + "Pharmacy/Identification/NCPDPID"));
  }

  private static String id(Element message, String path) {
    String field = path.startsWith(REMS) ? path.substring(REMS.length()) : path;
    String v =
        ScriptXml.text(message, path)
            .orElseThrow(() -> new ScriptMessageException(field, "is required"));
    if (v.length() > MAX_ID) {
      throw new ScriptMessageException(field, "must be at most " + MAX_ID + " characters");
    }
    return v;
  }

  /** The idempotency key of the pharmacy authorization: one per SCRIPT message ID. */
  String idempotencyKey() {
    return "script-rems:" + messageId;
  }
}
