package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.dosing.CumulativeLedger;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.dosing.DoseProjection;
import com.isocourse.core.plausibility.CompletionLimits;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.core.plausibility.OrderEntryLimits;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and prescribing: the planner's regimen is stored with the course and becomes the default
 * of every prescription; a prescription is both a row (identity, status) and a history event.
 */
@Service
public class Prescribing {
  private final CaseFiles files;
  private final CourseRepository courses;
  private final EventStore events;
  private final PrescriptionRepository prescriptions;
  private final ObjectMapper json;
  private final Clock clock;
  private final PatientRepository patients;

  public Prescribing(
      CaseFiles files,
      CourseRepository courses,
      EventStore events,
      PrescriptionRepository prescriptions,
      PatientRepository patients,
      ObjectMapper json,
      Clock clock) {
    this.files = files;
    this.patients = patients;
    this.courses = courses;
    this.events = events;
    this.prescriptions = prescriptions;
    this.json = json;
    this.clock = clock;
  }

  /** A capsule line of a prescription. */
  public record CapsuleLine(int strengthMg, int morning, int evening) {}

  /** Plans the course with the planner and stores the choice; returns the projection. */
  @Transactional
  public DosePlan plan(
      PatientRecord patient,
      String formulation,
      double mgPerKgPerDay,
      Double targetMgPerKg,
      Double weightKg) {
    CaseFile file = files.load(patient);
    CaseHistory history = files.history(file);
    Policy policy = files.policy();
    Formulation f =
        Formulation.fromCode(formulation)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "formulation", "must be conventional, lidose or micronized"));
    double target = targetMgPerKg != null ? targetMgPerKg : policy.targetMgPerKg();
    BodyWeight weight = weight(history, weightKg);
    double cumulativeMg =
        CumulativeLedger.compute(history, LocalDate.now(clock), target)
            .map(c -> c.mg())
            .orElse(0.0);
    DosePlan plan =
        DoseProjection.project(
                f,
                weight,
                mgPerKgPerDay,
                target,
                cumulativeMg,
                LocalDate.now(clock),
                policy.maxCapsulesPerDose())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "mgPerKgPerDay", "no regimen of marketed capsules reaches this dose"));
    courses.lock(file.course().id());
    courses.plan(file.course().id(), f.code(), mgPerKgPerDay, target);
    return plan;
  }

  private BodyWeight weight(CaseHistory history, Double weightKg) {
    if (weightKg != null) {
      try {
        return new BodyWeight(weightKg);
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("weightKg", e.getMessage());
      }
    }
    return history
        .currentWeight(LocalDate.now(clock))
        .map(WeightMeasured::weight)
        .orElseThrow(
            () -> InvalidInputException.of("weightKg", "is required: no weight is recorded"));
  }

  /** A prescription written, and the warnings the prescriber should see (e.g. off the plan). */
  public record Written(String id, List<String> warnings) {
    public Written {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Writes a prescription. Without capsule lines the planned regimen is used. It is held to core's
   * order-entry limits ({@link OrderEntryLimits}: strengths made for the formulation, two doses
   * within policy, ALL-SUPPLY, ALL-REFILLS, ALL-MAXDOSE) and then validated by the contract reader
   * exactly as a scenario's prescription event; a refusal names the field, the limit and the rule,
   * and nothing is stored. It replaces the patient's open prescription (one supply at a time).
   */
  @Transactional
  public Written prescribe(
      CurrentUser by,
      PatientRecord patient,
      List<CapsuleLine> capsules,
      int daysSupply,
      int refills,
      AuditFacts touched) {
    // The patient's row first (the per-patient order of every supply change): a completion or
    // another prescription racing with this one is then either seen whole or waits.
    patients.lock(patient.id());
    CaseFile file = files.load(patient);
    CourseRecord course = file.course();
    if (course.status() != CourseStatus.ACTIVE) {
      throw new ConflictException("the course is completed");
    }
    if (course.formulation() == null) {
      throw InvalidInputException.of("formulation", "plan the course before prescribing");
    }
    List<CapsuleLine> lines =
        capsules == null || capsules.isEmpty() ? plannedLines(file, course) : capsules;
    LocalDate now = LocalDate.now(clock);
    CaseHistory history = files.history(file);
    Policy policy = files.policy();
    Formulation formulation = Formulation.fromCode(course.formulation()).orElseThrow();
    OrderEntryLimits.Order order =
        new OrderEntryLimits.Order(
            formulation,
            lines.stream()
                .map(l -> new PrescribedCapsule(l.strengthMg(), l.morning(), l.evening()))
                .toList(),
            daysSupply,
            refills);
    Optional<BodyWeight> weight =
        history
            .currentWeight(now)
            .filter(w -> !w.date().isBefore(now.minusDays(policy.weightMaxAgeDays())))
            .map(WeightMeasured::weight);
    List<EntryProblem> problems =
        OrderEntryLimits.check(
            order,
            new OrderEntryLimits.Patient(
                history.jurisdiction(), history.patient().riskCategory(), weight),
            policy,
            now);
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems);
    }
    List<String> warnings = new ArrayList<>();
    if (course.plannedMgPerKgPerDay() != null && weight.isPresent()) {
      OrderEntryLimits.planDifference(
              order, BigDecimal.valueOf(course.plannedMgPerKgPerDay()), weight.get())
          .ifPresent(warnings::add);
    }
    courses.lock(course.id());
    String id = "rx-" + patient.id() + "-" + (prescriptions.countForPatient(patient.id()) + 1);
    touched.detail("prescription " + id);
    LocalDate today = LocalDate.now(clock);
    ObjectNode event = json.createObjectNode();
    event.put("type", "prescription").put("date", today.toString()).put("id", id);
    event.put("formulation", course.formulation());
    ArrayNode caps = event.putArray("capsules");
    lines.forEach(
        l ->
            caps.addObject()
                .put("strengthMg", l.strengthMg())
                .put("morning", l.morning())
                .put("evening", l.evening()));
    event.put("daysSupply", daysSupply).put("refills", refills);
    files.validateEvent(file, event);
    // One supply at a time: the new prescription replaces any open one, in this transaction.
    for (String open : prescriptions.openForPatient(patient.id())) {
      cancelRow(by, patient, prescriptions.lock(open).orElseThrow(), "replaced by " + id);
    }
    prescriptions.insert(id, patient.id(), course.id(), today, event);
    events.append(patient.id(), course.id(), event, by.id(), null);
    return new Written(id, warnings);
  }

  private List<CapsuleLine> plannedLines(CaseFile file, CourseRecord course) {
    if (course.plannedMgPerKgPerDay() == null) {
      throw new InvalidInputException(
          List.of(new FieldProblem("capsules", "give capsule lines or plan the course first")));
    }
    CaseHistory history = files.history(file);
    Policy policy = files.policy();
    Optional<DosePlan> plan =
        history
            .currentWeight(LocalDate.now(clock))
            .flatMap(
                w ->
                    DoseProjection.project(
                        Formulation.fromCode(course.formulation()).orElseThrow(),
                        w.weight(),
                        course.plannedMgPerKgPerDay(),
                        course.targetMgPerKg() != null
                            ? course.targetMgPerKg()
                            : policy.targetMgPerKg(),
                        0,
                        LocalDate.now(clock),
                        policy.maxCapsulesPerDose()));
    DosePlan p =
        plan.orElseThrow(
            () -> InvalidInputException.of("capsules", "no weight recorded to plan from"));
    Map<Integer, int[]> byStrength = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    p.regimen().morningMg().forEach(mg -> byStrength.computeIfAbsent(mg, k -> new int[2])[0]++);
    p.regimen().eveningMg().forEach(mg -> byStrength.computeIfAbsent(mg, k -> new int[2])[1]++);
    List<CapsuleLine> lines = new ArrayList<>();
    byStrength.forEach((mg, n) -> lines.add(new CapsuleLine(mg, n[0], n[1])));
    return lines;
  }

  /** Cancels an undispensed prescription: the row's status and a cancelled prescription event. */
  @Transactional
  public void cancel(CurrentUser by, PatientRecord patient, String prescriptionId) {
    patients.lock(patient.id());
    var row =
        prescriptions
            .lock(prescriptionId)
            .filter(r -> r.patientId() == patient.id())
            .orElseThrow(() -> new NotFoundException("prescription"));
    if (row.dispensed()) {
      throw new ConflictException("the prescription was dispensed and cannot be cancelled");
    }
    if (row.status().equals("CANCELLED")) {
      throw new ConflictException("the prescription is already cancelled");
    }
    cancelRow(by, patient, row, "cancelled");
  }

  /**
   * Cancels a locked, undispensed prescription: its status, any issued authorization on it
   * (reversed), and a cancelled prescription event in the history with the reason.
   */
  private void cancelRow(
      CurrentUser by,
      PatientRecord patient,
      PrescriptionRepository.PrescriptionRow row,
      String why) {
    prescriptions.cancel(row.id());
    prescriptions.reverseIssuedAuthorizations(row.id());
    ObjectNode event = row.payload().deepCopy();
    event.put("cancelled", true);
    courses.lock(row.courseId());
    events.append(patient.id(), row.courseId(), event, by.id(), why);
  }

  /**
   * Marks the course completed on its last dose date; post-course items stay due (rules.md §5). No
   * isotretinoin may be handed over for a completed course, so every open (undispensed)
   * prescription of the course is cancelled with it, which also reverses any authorization issued
   * on it: a pharmacy asking afterwards is refused, and an authorization already given cannot be
   * claimed. The patient's row is locked first (the per-patient order of every supply change), so a
   * dispense or an authorization racing with the completion either comes before it (and its
   * prescription is then dispensed, not open) or sees the cancellation.
   *
   * @return the ids of the prescriptions cancelled
   */
  @Transactional
  public List<String> complete(CurrentUser by, PatientRecord patient, LocalDate lastDose) {
    patients.lock(patient.id());
    CaseFile file = files.load(patient);
    List<EntryProblem> problems =
        CompletionLimits.check(
            lastDose,
            Optional.ofNullable(file.course().firstDoseDate()),
            Optional.ofNullable(patient.enrolledOn()),
            LocalDate.now(clock));
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems);
    }
    if (file.course().status() != CourseStatus.ACTIVE) {
      throw new ConflictException("the course is already completed");
    }
    courses.lock(file.course().id());
    List<String> cancelled = new ArrayList<>();
    for (var row : prescriptions.forCourse(file.course().id())) {
      if (row.status().equals("ACTIVE") && !row.dispensed()) {
        var locked = prescriptions.lock(row.id()).orElseThrow();
        cancelRow(by, patient, locked, "course completed");
        cancelled.add(row.id());
      }
    }
    courses.complete(file.course().id(), lastDose);
    return List.copyOf(cancelled);
  }
}
