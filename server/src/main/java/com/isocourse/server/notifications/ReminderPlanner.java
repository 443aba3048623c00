package com.isocourse.server.notifications;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.reminders.CourseDates;
import com.isocourse.core.reminders.Reminder;
import com.isocourse.core.reminders.ReminderSchedule;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseDue;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts today's reminders of every patient in the outbox: core's {@link ReminderSchedule} says what
 * to remind of and under which key, the patient's settings (schema 8) say how (e-mail, text
 * message, or none: no row at all) and in which language. Safe to run again and on several
 * instances at once: a reminder's outbox key is the patient, the course and core's stable key, and
 * inserts skip keys already there. Also counts, per prescriber, the patients with something due
 * today or overdue, for the daily digest ({@link PrescriberNotices}).
 */
@Component
class ReminderPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderPlanner.class);

  /** One patient with their contact settings and whether their prescriber gets e-mail. */
  private record Recipient(
      PatientRecord patient,
      String email,
      String phone,
      String language,
      String channel,
      boolean prescriberHasAddress) {}

  private final JdbcClient jdbc;
  private final CaseFiles files;
  private final Outbox outbox;
  private final NotificationTexts texts;

  ReminderPlanner(JdbcClient jdbc, CaseFiles files, Outbox outbox, NotificationTexts texts) {
    this.jdbc = jdbc;
    this.files = files;
    this.outbox = outbox;
    this.texts = texts;
  }

  /** What one planning run did. */
  public record Planned(int reminders, Map<Long, Integer> patientsDueByPrescriber) {}

  /**
   * Plans the reminders to send on {@code today}: new outbox rows, and patients due per prescriber.
   */
  public Planned planOn(LocalDate today) {
    int added = 0;
    Map<Long, Integer> due = new HashMap<>();
    Map<String, String> overrides = files.policyOverrides();
    for (Recipient r : recipients()) {
      Optional<Channel> channel = channelOf(r);
      if (channel.isEmpty() && !r.prescriberHasAddress()) {
        continue; // nobody to tell: the case is not even read
      }
      try {
        CaseFile file = files.load(r.patient());
        CaseHistory history = files.history(file);
        Policy policy = files.policy(overrides);
        if (CourseDue.of(file, history, today, policy).stream()
            .anyMatch(d -> !d.date().isAfter(today))) {
          due.merge(r.patient().prescriberId(), 1, Integer::sum);
        }
        if (channel.isEmpty()) {
          continue;
        }
        CourseDates dates =
            new CourseDates(lastDose(file), pickupDeadline(r.patient().id(), today));
        for (Reminder reminder : ReminderSchedule.remindersOn(history, dates, policy, today)) {
          if (!reminder.sendOn().isAfter(today)
              && outbox.enqueue(message(r, file, reminder, channel.get()))) {
            added++;
          }
        }
      } catch (RuntimeException e) {
        // one unreadable case must not stop everyone else's reminders; no patient data logged
        LOG.warn("reminders of one patient not planned: {}", e.getClass().getSimpleName());
      }
    }
    return new Planned(added, Map.copyOf(due));
  }

  private OutgoingMessage message(Recipient r, CaseFile file, Reminder reminder, Channel channel) {
    NotificationTexts.Text text =
        channel == Channel.EMAIL
            ? texts.reminderEmail(reminder, r.language())
            : texts.reminderSms(reminder, r.language());
    return new OutgoingMessage(
        "reminder:patient-"
            + r.patient().id()
            + ":course-"
            + file.course().id()
            + ":"
            + reminder.key(),
        r.patient().id(),
        null,
        channel,
        channel == Channel.EMAIL ? r.email() : r.phone(),
        r.language(),
        reminder.kind().name(),
        text.subject(),
        text.body());
  }

  /** The channel the patient chose, if they can be reached on it (NONE: opted out). */
  private static Optional<Channel> channelOf(Recipient r) {
    return switch (r.channel()) {
      case "EMAIL" -> Optional.ofNullable(r.email()).map(e -> Channel.EMAIL);
      case "SMS" -> Optional.ofNullable(r.phone()).map(p -> Channel.SMS);
      default -> Optional.empty();
    };
  }

  private static Optional<LocalDate> lastDose(CaseFile file) {
    return file.course().status() == CourseStatus.COMPLETED
        ? Optional.ofNullable(file.course().completedOn())
        : Optional.empty();
  }

  /** The do-not-dispense-after date of the patient's issued, unclaimed authorization. */
  private Optional<LocalDate> pickupDeadline(long patientId, LocalDate today) {
    return jdbc.sql(
            "select max(do_not_dispense_after) from dispense_authorization"
                + " where patient_id = ? and status = 'ISSUED' and do_not_dispense_after >= ?")
        .params(patientId, today)
        .query((rs, i) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
        .single();
  }

  private List<Recipient> recipients() {
    return jdbc.sql(
            "select "
                + PatientRepository.COLUMNS
                + ", email, phone, preferred_language, reminder_channel,"
                + " (select u.email is not null and u.active from app_user u"
                + "   where u.id = patient.prescriber_id) as prescriber_has_address"
                + " from patient order by id")
        .query(
            (rs, n) ->
                new Recipient(
                    PatientRepository.row(rs, n),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("preferred_language"),
                    rs.getString("reminder_channel"),
                    rs.getBoolean("prescriber_has_address")))
        .list();
  }
}
