package com.isocourse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Course;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.Patient;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A deterministic population of isotretinoin courses: patient {@code i} depends only on the seed,
 * {@code i} and "today", so a population of 100,000 is the population of 10,000 plus 90,000 more
 * patients, and every run with the same seed writes the same rows.
 *
 * <p>Each patient gets one of several course states (on treatment and in order, first fill,
 * pregnancy-test window closed, interacting medication, lab stop, stale weight, no monitoring labs,
 * course completed, just enrolled) with a 1–8 month history in the scenario contract's event shape
 * (the shape the server stores in {@code course_event.payload}): weights, counseling, labs,
 * pregnancy tests, contraception, comprehension, EU acknowledgements, prescriptions, dispenses,
 * missed doses and symptoms. Patients are assigned to prescribers in blocks of {@link
 * #PATIENTS_PER_PRESCRIBER}.
 */
public final class Population {
  /** Patients per prescriber: prescriber 0 has exactly this many once N reaches it. */
  public static final int PATIENTS_PER_PRESCRIBER = 2_000;

  /** Open (undispensed) prescriptions written for each patient with an open fill. */
  public static final int OPEN_PRESCRIPTIONS = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The course states a generated patient is in. */
  public enum State {
    ON_TREATMENT(40),
    FIRST_FILL(10),
    TEST_WINDOW_CLOSED(8),
    INTERACTING_MEDICATION(6),
    LAB_STOP(6),
    STALE_WEIGHT(6),
    NO_MONITORING_LABS(6),
    COMPLETED(12),
    JUST_ENROLLED(6);

    final int weight;

    State(int weight) {
      this.weight = weight;
    }

    static State pick(SplittableRandom r) {
      int total = 0;
      for (State s : values()) {
        total += s.weight;
      }
      int x = r.nextInt(total);
      for (State s : values()) {
        x -= s.weight;
        if (x < 0) {
          return s;
        }
      }
      throw new AssertionError();
    }
  }

  /** A prescription row (and history event). */
  public record Rx(String id, LocalDate writtenOn, ObjectNode payload) {}

  /** A dispense of a prescription: what the dispense and authorization rows hold. */
  public record Fill(String prescriptionId, LocalDate on, ArrayNode capsules) {}

  /**
   * A {@code patient} row as the loader writes it (the schema's columns; the bench uses no server
   * class for it).
   */
  public record PatientRow(
      long id,
      String programId,
      String displayName,
      LocalDate birthDate,
      String jurisdiction,
      String riskCategory,
      LocalDate enrolledOn,
      boolean homeTestingAllowed) {}

  /** A {@code course} row as the loader writes it. */
  public record CourseRow(
      long id,
      long patientId,
      String formulation,
      LocalDate firstDoseDate,
      Double targetMgPerKg,
      LocalDate previousCourseLastDose,
      Double plannedMgPerKgPerDay,
      String status,
      LocalDate completedOn) {}

  /** One generated patient with their current course. Ids are {@code index + 1}. */
  public record Generated(
      int index,
      State state,
      int prescriberIndex,
      PatientRow patient,
      CourseRow course,
      List<ObjectNode> events,
      List<Rx> prescriptions,
      List<Fill> fills,
      List<String> openPrescriptions) {
    public long id() {
      return index + 1L;
    }
  }

  /**
   * The answer the engine gives for a dispense request, reduced to what the pharmacy acts on: the
   * decision, the blocking reason codes (sorted) and the do-not-dispense-after date.
   */
  public record Expected(
      String prescriptionId, String programId, LocalDate birthDate, String key) {}

  private final long seed;
  private final LocalDate today;

  public Population(long seed, LocalDate today) {
    this.seed = seed;
    this.today = today;
  }

  public LocalDate today() {
    return today;
  }

  public static int prescribers(int patients) {
    return Math.max(1, (patients + PATIENTS_PER_PRESCRIBER - 1) / PATIENTS_PER_PRESCRIBER);
  }

  /** Patient {@code index} (0-based). Pure: depends on the seed, the index and today only. */
  public Generated patient(int index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    State state = State.pick(r);
    boolean eu = r.nextInt(100) < 30;
    boolean pcgp = r.nextInt(100) < 45;
    long id = index + 1L;
    String programId = "IC-%07d".formatted(id);
    LocalDate birth = LocalDate.of(1975 + r.nextInt(33), 1 + r.nextInt(12), 1 + r.nextInt(28));
    int months = state == State.FIRST_FILL || state == State.JUST_ENROLLED ? 1 : 1 + r.nextInt(8);
    // Completed courses ended some weeks ago; all others have their last visit yesterday.
    LocalDate lastVisit =
        state == State.COMPLETED ? today.minusDays(40 + r.nextInt(60)) : today.minusDays(1);
    LocalDate firstVisit = lastVisit.minusDays(30L * (months - 1));
    LocalDate enrolled =
        state == State.JUST_ENROLLED ? today.minusDays(3) : firstVisit.minusDays(35);
    double kg = 50 + r.nextInt(46);
    double planned = r.nextBoolean() ? 0.5 : 1.0;
    int daily = (int) Math.max(20, Math.min(80, Math.round(kg * planned / 10) * 10));
    int morning = (int) Math.ceil(daily / 20.0) * 10;
    int evening = daily - morning;
    boolean homeTesting = r.nextInt(100) < 10;
    List<ObjectNode> ev = new ArrayList<>();
    List<Rx> rx = new ArrayList<>();
    List<Fill> fills = new ArrayList<>();
    List<String> open = new ArrayList<>();

    // Pretreatment.
    ev.add(event("weight", enrolled).put("kg", kg));
    ev.add(event("counseling", enrolled));
    ev.add(moodScreen(enrolled, r));
    ev.add(lab(enrolled, "2571-8", 80 + r.nextInt(100), "mg/dL"));
    ev.add(lab(enrolled, "1742-6", 10 + r.nextInt(30), "U/L"));
    if (pcgp) {
      ev.add(
          event("contraception", enrolled)
              .put("since", enrolled.minusDays(40).toString())
              .set("methods", JSON.createArrayNode().add("iud").add("male-condom")));
      ev.add(event("pregnancy-test", enrolled).put("result", "negative").put("setting", "clinic"));
    }
    if (eu) {
      ev.add(event("acknowledgement", enrolled));
    }
    LocalDate firstDose = null;
    LocalDate lastDose = null;
    if (state != State.JUST_ENROLLED) {
      for (int k = 0; k < months; k++) {
        boolean last = k == months - 1;
        LocalDate visit = firstVisit.plusDays(30L * k);
        LocalDate test = visit.minusDays(1);
        LocalDate written = visit;
        if (last && state == State.TEST_WINDOW_CLOSED) {
          test = today.minusDays(12);
          written = today.minusDays(11);
        }
        if (state != State.STALE_WEIGHT || k == 0) {
          ev.add(event("weight", visit.minusDays(1)).put("kg", kg + (k % 3) * 0.5));
        }
        if (pcgp) {
          ev.add(event("pregnancy-test", test).put("result", "negative").put("setting", "lab"));
          ev.add(event("comprehension", visit).put("passed", true));
        }
        ev.add(event("counseling", visit));
        ev.add(moodScreen(visit, r));
        if (eu) {
          ev.add(event("acknowledgement", visit));
        }
        if (state != State.NO_MONITORING_LABS && (k <= 2 || k % 3 == 0)) {
          ev.add(lab(visit.minusDays(2), "2571-8", 90 + r.nextInt(120), "mg/dL"));
          ev.add(lab(visit.minusDays(2), "1742-6", 12 + r.nextInt(30), "U/L"));
        }
        if (last && state == State.INTERACTING_MEDICATION) {
          ev.add(
              event("medication", today.minusDays(4))
                  .put("name", "doxycycline")
                  .put("route", "oral")
                  .put("start", today.minusDays(4).toString()));
        }
        if (last && state == State.LAB_STOP) {
          ev.add(lab(today.minusDays(3), "2571-8", 950, "mg/dL"));
        }
        if (k == 2 && r.nextInt(4) == 0) {
          ev.add(event("symptom", visit.plusDays(5)).put("code", "dry-lips"));
        }
        boolean dispensed = !last || state == State.COMPLETED;
        int copies = dispensed ? 1 : OPEN_PRESCRIPTIONS;
        for (int c = 0; c < copies; c++) {
          String rxId = "rx-" + id + "-" + (rx.size() + 1);
          ObjectNode p = event("prescription", written).put("id", rxId);
          p.put("formulation", "conventional");
          ArrayNode caps = p.putArray("capsules");
          if (morning == evening) {
            caps.addObject().put("strengthMg", morning).put("morning", 1).put("evening", 1);
          } else {
            caps.addObject().put("strengthMg", morning).put("morning", 1).put("evening", 0);
            caps.addObject().put("strengthMg", evening).put("morning", 0).put("evening", 1);
          }
          p.put("daysSupply", 30).put("refills", 0);
          ev.add(p);
          rx.add(new Rx(rxId, written, p));
          if (dispensed) {
            LocalDate on = written.plusDays(1);
            ObjectNode d = event("dispense", on).put("prescriptionId", rxId);
            ArrayNode dc = d.putArray("capsules");
            if (morning == evening) {
              dc.addObject()
                  .put("strengthMg", morning)
                  .put("count", 60)
                  .put("formulation", "conventional");
            } else {
              dc.addObject()
                  .put("strengthMg", morning)
                  .put("count", 30)
                  .put("formulation", "conventional");
              dc.addObject()
                  .put("strengthMg", evening)
                  .put("count", 30)
                  .put("formulation", "conventional");
            }
            ev.add(d);
            fills.add(new Fill(rxId, on, dc));
            firstDose = firstDose == null ? on : firstDose;
            lastDose = on.plusDays(29);
            if (r.nextInt(5) == 0) {
              ev.add(event("missed-dose", on.plusDays(10)).put("mg", (1 + r.nextInt(3)) * morning));
            }
          } else {
            open.add(rxId);
          }
        }
      }
    }
    boolean completed = state == State.COMPLETED;
    PatientRow patient =
        new PatientRow(
            id,
            programId,
            "Bench patient " + id,
            birth,
            eu ? "EU" : "US",
            pcgp ? "CAN_GET_PREGNANT" : "CANNOT_GET_PREGNANT",
            enrolled,
            homeTesting);
    CourseRow course =
        new CourseRow(
            id,
            id,
            "conventional",
            firstDose,
            135.0,
            null,
            planned,
            completed ? "COMPLETED" : "ACTIVE",
            completed ? lastDose : null);
    return new Generated(
        index, state, index / PATIENTS_PER_PRESCRIBER, patient, course, ev, rx, fills, open);
  }

  private static ObjectNode event(String type, LocalDate date) {
    return JSON.createObjectNode().put("type", type).put("date", date.toString());
  }

  /** The monthly PHQ-9 (rules.md §5): low scores, item 9 never positive (no review needed). */
  private static ObjectNode moodScreen(LocalDate date, SplittableRandom r) {
    return event("mood-screen", date)
        .put("instrument", "PHQ-9")
        .put("total", r.nextInt(10))
        .put("item9", 0);
  }

  private static ObjectNode lab(LocalDate date, String loinc, int value, String unit) {
    return event("lab", date).put("loinc", loinc).put("value", value).put("unit", unit);
  }

  /**
   * The engine's answers to a dispense request today for each open prescription, worked out without
   * the server: the generated rows are read into core's types here ({@link #history}, the events by
   * the published contract's reader) and decided by core. The server reads the same rows from its
   * tables by its own mapping, so every answer compared also checks that mapping. The clinic has no
   * policy overrides; the prescriber is certified and the pharmacy active.
   */
  public List<Expected> expected(Generated g) {
    if (g.openPrescriptions().isEmpty()) {
      return List.of();
    }
    // One supply at a time (ALL-ONEFILL): a patient holds at most one live authorization, so a
    // load that asked about two open prescriptions of one patient would measure 409s, not
    // authorizations. The pool asks about the prescription the counter offers: the latest one.
    String current = g.openPrescriptions().get(g.openPrescriptions().size() - 1);
    DispenseDecision d =
        new DispenseCase(
                history(g.patient(), g.course(), true, g.events()),
                new DispenseRequest(current, today, Optional.empty()),
                Optional.empty(),
                Policy.defaults())
            .decide();
    return List.of(new Expected(current, g.patient().programId(), g.patient().birthDate(), key(d)));
  }

  /**
   * A stored patient and course as core's case history: the columns the loader writes in core's
   * types, each stored event payload read by the contract's {@link ScenarioReader#readEvent}, the
   * pharmacy active.
   */
  public static CaseHistory history(
      PatientRow p, CourseRow c, Boolean prescriberCertified, List<? extends JsonNode> events) {
    Patient patient =
        new Patient(
            Optional.ofNullable(p.birthDate()),
            Optional.ofNullable(p.riskCategory()).map(RiskCategory::valueOf),
            Optional.ofNullable(p.enrolledOn()),
            p.homeTestingAllowed());
    Course course =
        new Course(
            Optional.ofNullable(c.formulation()).flatMap(Formulation::fromCode),
            Optional.ofNullable(c.firstDoseDate()),
            Optional.ofNullable(c.targetMgPerKg()),
            Optional.ofNullable(c.previousCourseLastDose()));
    List<CourseEvent> read = new ArrayList<>(events.size());
    for (JsonNode e : events) {
      read.add(
          ScenarioReader.readEvent(e)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "event cannot be read: " + ScenarioReader.eventProblems(e))));
    }
    return new CaseHistory(
        Jurisdiction.valueOf(p.jurisdiction()),
        patient,
        Optional.ofNullable(prescriberCertified),
        Optional.of(true),
        course,
        read);
  }

  /** The reduced answer of a decision (see {@link Expected}). */
  public static String key(DispenseDecision d) {
    String dnd =
        d.outcome() instanceof com.isocourse.core.authorization.Outcome.Authorized a
            ? a.doNotDispenseAfter().toString()
            : "-";
    return d.outcome().decision()
        + "|"
        + d.reasons().stream().map(f -> f.code().name()).sorted().collect(Collectors.joining(","))
        + "|"
        + dnd;
  }

  /** The same reduction applied to a decision in the contract's JSON output shape. */
  public static String key(com.fasterxml.jackson.databind.JsonNode decision) {
    List<String> codes = new ArrayList<>();
    decision.path("reasons").forEach(f -> codes.add(f.path("code").asText()));
    codes.sort(null);
    com.fasterxml.jackson.databind.JsonNode dnd = decision.get("doNotDispenseAfter");
    return decision.path("decision").asText()
        + "|"
        + String.join(",", codes)
        + "|"
        + (dnd == null || dnd.isNull() ? "-" : dnd.asText());
  }
}
