package com.isocourse.server.alerts;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prescriber's alerts inbox: a prescriber sees and acknowledges the alerts of their own
 * patients, a designee those of the prescriber they act for; anyone else's alert is "not found".
 */
@Service
public class Alerts {
  /** At most this many alerts in one answer (the open ones always come first). */
  static final int LIMIT = 200;

  private final AlertRepository alerts;

  Alerts(AlertRepository alerts) {
    this.alerts = alerts;
  }

  /** The user's open alerts, or all their alerts (open first, then the acknowledged ones). */
  public List<Alert> inbox(CurrentUser user, boolean openOnly, AuditFacts touched) {
    List<Alert> inbox = alerts.ofPrescriber(scope(user), openOnly, LIMIT);
    touched.patients(inbox.stream().map(Alert::patientId).toList());
    return inbox;
  }

  /** The user's open alerts about one of their patients (the caller has checked the patient). */
  public List<Alert> openAbout(CurrentUser user, long patientId) {
    return alerts.openOfPatient(scope(user), patientId);
  }

  /** How many alerts wait for the user (0 for users with no prescriber's patients). */
  public long openCount(CurrentUser user) {
    return user.prescriberScope().map(alerts::openCount).orElse(0L);
  }

  /**
   * Marks the alert acknowledged by the user now and returns it; acknowledging it again changes
   * nothing (who acknowledged it first, and when, is kept).
   */
  @Transactional
  public Alert acknowledge(CurrentUser user, long alertId, AuditFacts touched) {
    long prescriber = scope(user);
    Alert alert =
        alerts.find(alertId, prescriber).orElseThrow(() -> new NotFoundException("alert"));
    touched.patient(alert.patientId());
    touched.detail("alert " + alertId + " acknowledged");
    alerts.acknowledge(alertId, prescriber, user.id());
    return alerts.find(alertId, prescriber).orElseThrow();
  }

  /**
   * Whether the prescriber has been alerted to this recorded fact: recording it raised an alert, or
   * counted on the open alert for the same fact.
   */
  public boolean alertedAbout(long eventId) {
    return alerts.raisedOrCountedBy(eventId);
  }

  private static long scope(CurrentUser user) {
    return user.prescriberScope()
        .orElseThrow(() -> new ForbiddenException("alerts are for prescribers and designees"));
  }
}
