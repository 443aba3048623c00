package com.isocourse.server.platform.audit;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one request touched, for its audit row (issue 12, ADR 0021): the patient, the patients of a
 * multi-patient read, a short note, the machine client it came from. The web layer creates one per
 * request ({@link RequestAuditFacts}) and hands it to the use case as a parameter; the use case
 * notes the patient as soon as it has resolved them, before any relationship check, so a refused
 * attempt is attributed too; the audit ({@link AuditFilter}, {@link ChangeAudit}) reads it when it
 * writes the row. A value passed in the open instead of a side channel: a use case cannot note a
 * fact without being given the request's facts, and a test can hand it a fresh one and read it.
 */
public final class AuditFacts {
  private Long patient;
  private String patients;
  private String detail;
  private String client;

  /** The patient whose record the request reads or changes. */
  public void patient(long patientId) {
    this.patient = patientId;
  }

  /**
   * Marks a read of several patients' data (a worklist, an inbox): the audit row names every one of
   * them (issue 12), in id order, in its detail.
   */
  public void patients(Collection<Long> patientIds) {
    this.patients =
        new TreeSet<>(patientIds).stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Adds a short non-identifying note (an event type, an authorization id) to the audit row. */
  public void detail(String note) {
    this.detail = note;
  }

  /**
   * Names the machine client (SMART Backend Services, docs/adr/0015) a request comes from: its rows
   * name the user it acts as as the actor, and the client in their detail.
   */
  public void machineClient(String clientId, String name) {
    this.client = "machine client " + clientId + " (" + name + ")";
  }

  /** The patient noted, or null. */
  Long patient() {
    return patient;
  }

  /** The machine client's note ("; machine client …"), or "" for a person. */
  String clientNote() {
    return client == null ? "" : "; " + client;
  }

  /** The row's detail after its status: the note, the patients read, the client. */
  String detailNote() {
    return (detail == null ? "" : "; " + detail)
        + (patients == null ? "" : "; patients " + patients)
        + clientNote();
  }
}
