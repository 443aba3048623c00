package com.isocourse.server.notifications;

import com.isocourse.server.alerts.AlertRaised;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The prescriber's e-mails (ADR 0008 escalation, ADR 0016): one for every alert as it is raised,
 * written to the outbox in the transaction that records the fact, and a daily digest of open alerts
 * and patients due. Both go to the prescriber's address ({@code app_user.email}); a prescriber
 * without one still has the alerts inbox. Minimal information: a program ID, a date, a link.
 */
@Component
class PrescriberNotices {
  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final NotificationTexts texts;

  PrescriberNotices(JdbcClient jdbc, Outbox outbox, NotificationTexts texts) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.texts = texts;
  }

  /**
   * The alert's e-mail, in the transaction that raised it (one per alert, whatever the reports).
   */
  @EventListener
  void onAlertRaised(AlertRaised raised) {
    jdbc.sql(
            "select u.email, p.program_id from app_user u, patient p"
                + " where u.id = ? and p.id = ? and u.email is not null and u.active")
        .params(raised.prescriberId(), raised.patientId())
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2)))
        .optional()
        .ifPresent(
            to ->
                alertMail(
                    raised.alertId(),
                    raised.patientId(),
                    raised.prescriberId(),
                    to.get(0),
                    to.get(1),
                    raised.raisedOn()));
  }

  /**
   * Catches up on open alerts that have no e-mail yet (raised before the prescriber had an address,
   * or before this feature); returns how many were added.
   */
  public int catchUpOnOpenAlerts() {
    record Open(
        long id, long patientId, long prescriberId, String email, String programId, LocalDate on) {}
    List<Open> open =
        jdbc.sql(
                "select a.id, a.patient_id, a.prescriber_id, u.email, p.program_id, a.fact_date"
                    + " from alert a join app_user u on u.id = a.prescriber_id"
                    + " join patient p on p.id = a.patient_id"
                    + " where a.acknowledged_at is null and u.email is not null and u.active"
                    + " and not exists (select 1 from notification n"
                    + "   where n.dedupe_key = 'alert:' || a.id)")
            .query(
                (rs, i) ->
                    new Open(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
            .list();
    int added = 0;
    for (Open a : open) {
      added +=
          alertMail(a.id(), a.patientId(), a.prescriberId(), a.email(), a.programId(), a.on())
              ? 1
              : 0;
    }
    return added;
  }

  /**
   * Each prescriber's digest for the day (key {@code digest:<prescriber>:<date>}, so once a day
   * whichever instance plans first): open alerts and patients due, when either is above zero.
   */
  public int digestsOn(LocalDate today, Map<Long, Integer> patientsDueByPrescriber) {
    record Prescriber(long id, String email, long openAlerts) {}
    List<Prescriber> prescribers =
        jdbc.sql(
                "select u.id, u.email, (select count(*) from alert a where a.prescriber_id = u.id"
                    + " and a.acknowledged_at is null) from app_user u"
                    + " where u.role = 'PRESCRIBER' and u.active and u.email is not null")
            .query((rs, i) -> new Prescriber(rs.getLong(1), rs.getString(2), rs.getLong(3)))
            .list();
    int added = 0;
    for (Prescriber p : prescribers) {
      int due = patientsDueByPrescriber.getOrDefault(p.id(), 0);
      if (p.openAlerts() == 0 && due == 0) {
        continue;
      }
      NotificationTexts.Text text = texts.digest(p.openAlerts(), due);
      OutgoingMessage m =
          new OutgoingMessage(
              "digest:" + p.id() + ":" + today,
              null,
              p.id(),
              Channel.EMAIL,
              p.email(),
              "en",
              "DIGEST",
              text.subject(),
              text.body());
      added += outbox.enqueue(m) ? 1 : 0;
    }
    return added;
  }

  private boolean alertMail(
      long alertId,
      long patientId,
      long prescriberId,
      String email,
      String programId,
      LocalDate on) {
    NotificationTexts.Text text = texts.alert(programId, on, patientId);
    return outbox.enqueue(
        new OutgoingMessage(
            "alert:" + alertId,
            patientId,
            prescriberId,
            Channel.EMAIL,
            email,
            "en",
            "ALERT",
            text.subject(),
            text.body()));
  }
}
