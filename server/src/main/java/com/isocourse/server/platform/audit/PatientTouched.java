package com.isocourse.server.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the current request as touching a patient's data, so its audit row names that patient. Use
 * cases call {@link #patient(long)} as soon as they have resolved the patient, before any
 * relationship check, so refused attempts are attributed too.
 */
public final class PatientTouched {
  private static final String PATIENT = PatientTouched.class.getName() + ".patient";
  private static final String DETAIL = PatientTouched.class.getName() + ".detail";
  private static final String PATIENTS = PatientTouched.class.getName() + ".patients";
  private static final String CLIENT = PatientTouched.class.getName() + ".client";

  private PatientTouched() {}

  public static void patient(long patientId) {
    RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
    if (attrs != null) {
      attrs.setAttribute(PATIENT, patientId, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /**
   * Marks a read of several patients' data (a worklist, an inbox): the audit row names every one of
   * them (issue 12), in id order, in its detail.
   */
  public static void patients(Collection<Long> patientIds) {
    RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
    if (attrs != null) {
      String ids =
          new TreeSet<>(patientIds).stream().map(String::valueOf).collect(Collectors.joining(","));
      attrs.setAttribute(PATIENTS, ids, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** Adds a short non-identifying note (an event type, an authorization id) to the audit row. */
  public static void detail(String note) {
    RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
    if (attrs != null) {
      attrs.setAttribute(DETAIL, note, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /**
   * Names the machine client (SMART Backend Services, docs/adr/0015) a request comes from: its rows
   * name the user it acts as as the actor, and the client in their detail.
   */
  public static void machineClient(HttpServletRequest request, String clientId, String name) {
    request.setAttribute(CLIENT, "machine client " + clientId + " (" + name + ")");
  }

  /** The machine client's note of this request ("; machine client …"), or "" for a person. */
  static String clientOf(HttpServletRequest request) {
    Object c = request.getAttribute(CLIENT);
    return c == null ? "" : "; " + c;
  }

  static Long patientOf(HttpServletRequest request) {
    return (Long) request.getAttribute(PATIENT);
  }

  static String detailOf(HttpServletRequest request) {
    Object d = request.getAttribute(DETAIL);
    Object several = request.getAttribute(PATIENTS);
    return (d == null ? "" : "; " + d)
        + (several == null ? "" : "; patients " + several)
        + clientOf(request);
  }
}
