package com.isocourse.server.prescriber;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.courses.Prescribing;
import com.isocourse.server.enrollment.Enrollment;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.idempotency.IdempotencyKey;
import com.isocourse.server.platform.idempotency.IdempotentCalls;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.worklist.Worklist;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Prescriber and designee API: enrollment, planning, facts, prescriptions, summary, worklist. */
@RestController
@RequestMapping("/api/patients")
public class PrescriberController {
  private final PatientAccess access;
  private final Enrollment enrollment;
  private final Worklist worklist;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final CourseRecorder recorder;
  private final Prescribing prescribing;
  private final IdempotentCalls calls;

  public PrescriberController(
      PatientAccess access,
      Enrollment enrollment,
      Worklist worklist,
      CaseFiles files,
      CourseSummaries summaries,
      CourseRecorder recorder,
      Prescribing prescribing,
      IdempotentCalls calls) {
    this.access = access;
    this.enrollment = enrollment;
    this.worklist = worklist;
    this.files = files;
    this.summaries = summaries;
    this.recorder = recorder;
    this.prescribing = prescribing;
    this.calls = calls;
  }

  /**
   * Enrollment input. {@code confirmDuplicate} enrolls a name and birth date that are enrolled
   * already (another person with the same name and birth date); without it that is a 409.
   */
  public record EnrollRequest(
      @NotBlank String displayName,
      @NotNull @Past LocalDate birthDate,
      @NotNull @Pattern(regexp = "US|EU|UK", message = "must be US, EU or UK") String jurisdiction,
      @Pattern(
              regexp = "CAN_GET_PREGNANT|CANNOT_GET_PREGNANT",
              message = "must be CAN_GET_PREGNANT or CANNOT_GET_PREGNANT")
          String riskCategory,
      LocalDate enrolledOn,
      boolean homeTestingAllowed,
      LocalDate previousCourseLastDose,
      boolean confirmDuplicate,
      String email,
      String phone,
      String preferredLanguage,
      String reminderChannel,
      String sexAtBirth) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<Enrollment.Enrolled> enroll(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody EnrollRequest r,
      HttpServletRequest request,
      AuditFacts touched) {
    ResponseEntity<Enrollment.Enrolled> answer =
        calls.once(
            user,
            key,
            request,
            r,
            HttpStatus.CREATED,
            Enrollment.Enrolled.class,
            () ->
                enrollment.enroll(
                    user,
                    new Enrollment.NewPatient(
                        r.displayName().trim(),
                        r.birthDate(),
                        r.jurisdiction(),
                        r.riskCategory(),
                        r.enrolledOn(),
                        r.homeTestingAllowed(),
                        r.previousCourseLastDose(),
                        new com.isocourse.core.plausibility.ContactLimits.Contact(
                            r.email(),
                            r.phone(),
                            r.preferredLanguage(),
                            r.reminderChannel(),
                            r.sexAtBirth())),
                    r.confirmDuplicate(),
                    touched));
    // A replayed answer names the patient too: the audit row says whose data it showed.
    touched.patient(answer.getBody().patient().id());
    return answer;
  }

  @GetMapping
  List<Worklist.Entry> worklist(@AuthenticationPrincipal CurrentUser user, AuditFacts touched) {
    return worklist.forPrescriber(user.prescriberScope().orElseThrow(), touched);
  }

  @GetMapping("/{patientId}/course")
  CourseSummary summary(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long patientId, AuditFacts touched) {
    return summaries.summarize(files.load(access.caredFor(user, patientId, touched)));
  }

  /** Planner input. */
  public record PlanRequest(
      @NotBlank String formulation,
      @NotNull @DecimalMin("0.1") @DecimalMax("2.0") Double mgPerKgPerDay,
      @DecimalMin("1") @DecimalMax("220") Double targetMgPerKg,
      @DecimalMin("1") @DecimalMax("400") Double weightKg) {}

  @PutMapping("/{patientId}/course/plan")
  DosePlan plan(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @Valid @RequestBody PlanRequest r,
      AuditFacts touched) {
    return prescribing.plan(
        access.caredFor(user, patientId, touched),
        r.formulation(),
        r.mgPerKgPerDay(),
        r.targetMgPerKg(),
        r.weightKg());
  }

  /**
   * Records a fact in the contract's event shape (weight, pregnancy-test, contraception,
   * counseling, acknowledgement, lab, medication, review, …).
   */
  @PostMapping("/{patientId}/events")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<EventRecorded> record(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @PathVariable long patientId,
      @RequestBody ObjectNode event,
      HttpServletRequest request,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    return calls.once(
        user,
        key,
        request,
        event,
        HttpStatus.CREATED,
        EventRecorded.class,
        () ->
            new EventRecorded(
                recorder.record(user, p, event, CourseRecorder.CLINICAL_TYPES, touched)));
  }

  /** A recorded fact: the id of its history event. */
  public record EventRecorded(long eventId) {}

  /** Prescription input; without capsule lines the planned regimen is prescribed. */
  public record PrescribeRequest(
      List<@Valid CapsuleLineInput> capsules,
      @Min(1) @Max(365) Integer daysSupply,
      @Min(0) @Max(99) Integer refills) {}

  /** One capsule line. */
  public record CapsuleLineInput(
      @Min(1) @Max(1000) int strengthMg,
      @Min(0) @Max(99) int morning,
      @Min(0) @Max(99) int evening) {}

  /** A prescription written, with the warnings the prescriber should see (e.g. off the plan). */
  public record Prescribed(String prescriptionId, List<String> warnings) {}

  @PostMapping("/{patientId}/prescriptions")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<Prescribed> prescribe(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @PathVariable long patientId,
      @Valid @RequestBody PrescribeRequest r,
      HttpServletRequest request,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    List<Prescribing.CapsuleLine> lines =
        r.capsules() == null
            ? List.of()
            : r.capsules().stream()
                .map(c -> new Prescribing.CapsuleLine(c.strengthMg(), c.morning(), c.evening()))
                .toList();
    return calls.once(
        user,
        key,
        request,
        r,
        HttpStatus.CREATED,
        Prescribed.class,
        () -> {
          Prescribing.Written written =
              prescribing.prescribe(
                  user,
                  p,
                  lines,
                  r.daysSupply() == null ? 30 : r.daysSupply(),
                  r.refills() == null ? 0 : r.refills(),
                  touched);
          return new Prescribed(written.id(), written.warnings());
        });
  }

  @PostMapping("/{patientId}/prescriptions/{prescriptionId}/cancel")
  Map<String, String> cancel(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @PathVariable String prescriptionId,
      AuditFacts touched) {
    prescribing.cancel(user, access.caredFor(user, patientId, touched), prescriptionId);
    return Map.of("prescriptionId", prescriptionId, "status", "CANCELLED");
  }

  /** Course completion input; the date is checked by core ({@code CompletionLimits}). */
  public record CompleteRequest(LocalDate lastDoseDate) {}

  @PostMapping("/{patientId}/course/complete")
  CourseSummary complete(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @Valid @RequestBody CompleteRequest r,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    prescribing.complete(user, p, r.lastDoseDate());
    return summaries.summarize(files.load(p));
  }
}
