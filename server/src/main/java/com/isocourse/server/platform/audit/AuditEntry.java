package com.isocourse.server.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One audit row: who did what to which patient's data, when, and with what outcome. The hash is an
 * HMAC-SHA-256, under a key kept outside the database ({@link AuditKey}), of the previous row's
 * hash and this row's canonical text, so editing or removing any row breaks the chain from there on
 * and access to the tables alone cannot re-forge it. Rows written before the key existed carry a
 * plain SHA-256 (docs/adr/0007).
 */
record AuditEntry(
    long id,
    Instant at,
    Long actorId,
    String actor,
    String action,
    Long patientId,
    String outcome,
    String detail,
    String prevHash,
    String hash) {

  /** The text the hash is computed over: one field a line, absent values empty. */
  static String canonical(
      long id,
      Instant at,
      Long actorId,
      String actor,
      String action,
      Long patientId,
      String outcome,
      String detail,
      String prevHash) {
    return String.join(
        "\n",
        prevHash,
        Long.toString(id),
        at.toString(),
        actorId == null ? "" : actorId.toString(),
        actor,
        action,
        patientId == null ? "" : patientId.toString(),
        outcome,
        detail);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private String canonical() {
    return canonical(id, at, actorId, actor, action, patientId, outcome, detail, prevHash);
  }

  /** The keyed hash this row should carry given its content. */
  String expectedHash(AuditKey key) {
    return key.mac(canonical());
  }

  /** The unkeyed hash of a row written before the chain was keyed. */
  String expectedLegacyHash() {
    return sha256(canonical());
  }
}
