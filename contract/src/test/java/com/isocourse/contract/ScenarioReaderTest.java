package com.isocourse.contract;

import static com.isocourse.contract.ScenarioFixtures.addEvent;
import static com.isocourse.contract.ScenarioFixtures.event;
import static com.isocourse.contract.ScenarioFixtures.monthlyCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MedicationRecord;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.rulesets.RuleSetId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {

  static List<Path> exampleInputs() {
    return ScenarioFixtures.inputs();
  }

  @ParameterizedTest
  @MethodSource("exampleInputs")
  void everyExampleScenarioParses(Path file) throws Exception {
    DispenseCase s = ScenarioReader.read(Files.readString(file));

    assertThat(s.history().events()).isNotEmpty();
    assertThat(s.request().prescriptionId()).startsWith("rx-");
  }

  @Test
  void examplesAreAllPresent() {
    assertThat(ScenarioFixtures.inputs()).hasSize(12);
  }

  @Test
  void monthlyCaseReadsIntoDomainFacts() {
    DispenseCase s =
        ScenarioReader.read(ScenarioFixtures.text(ScenarioFixtures.MONTHLY_AUTHORIZED));

    assertThat(s.history().jurisdiction()).isEqualTo(Jurisdiction.US);
    assertThat(s.history().patient().riskCategory()).contains(RiskCategory.CAN_GET_PREGNANT);
    assertThat(s.history().patient().enrolledOn()).contains(LocalDate.of(2026, 8, 20));
    assertThat(s.history().course().formulation()).contains(Formulation.CONVENTIONAL);
    assertThat(s.history().course().targetMgPerKg()).contains(135.0);
    assertThat(s.history().prescriberCertified()).contains(true);
    assertThat(s.history().events()).hasSize(16);
    assertThat(s.history().events().get(0))
        .isEqualTo(
            new WeightMeasured(
                LocalDate.of(2026, 11, 20), new com.isocourse.core.course.BodyWeight(60)));
    Prescription rx3 = (Prescription) s.history().events().get(15);
    assertThat(rx3.id()).isEqualTo("rx-3");
    assertThat(rx3.mgPerDay()).isEqualTo(60);
    assertThat(s.request().date()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(s.request().capsules()).isEmpty();
    assertThat(s.ruleSet()).isEmpty();
  }

  @Test
  void triglyceridesInMmolPerLitreKeepTheirUnit() {
    DispenseCase s =
        ScenarioReader.read(ScenarioFixtures.text("06-us26-triglycerides-mmol-stop.json"));

    LabResult tg =
        s.history().events().stream()
            .filter(LabResult.class::isInstance)
            .map(LabResult.class::cast)
            .filter(l -> l.unit() == LabUnit.MMOL_PER_L)
            .findFirst()
            .orElseThrow();
    assertThat(tg.canonicalValue())
        .hasValueSatisfying(
            v -> assertThat(v).isCloseTo(902.7, org.assertj.core.data.Offset.offset(0.01)));
  }

  @Test
  void namedRuleSetIsRead() {
    DispenseCase s =
        ScenarioReader.read(ScenarioFixtures.text("09-us21-same-case-hits-19-day-lockout.json"));

    assertThat(s.ruleSet()).contains(RuleSetId.US_IPLEDGE_2021);
  }

  @Test
  void absentPartyFactsStayUnknownInsteadOfFailing() {
    ObjectNode json = monthlyCase();
    ((ObjectNode) json.get("patient")).remove(List.of("canGetPregnant", "birthDate"));
    ((ObjectNode) json.get("patient")).putNull("enrolledOn");
    json.remove(List.of("prescriber", "pharmacy"));

    DispenseCase s = ScenarioReader.read(json.toString());

    assertThat(s.history().patient().riskCategory()).isEmpty();
    assertThat(s.history().patient().birthDate()).isEmpty();
    assertThat(s.history().patient().enrolledOn()).isEmpty();
    assertThat(s.history().prescriberCertified()).isEmpty();
    assertThat(s.history().pharmacyActive()).isEmpty();
  }

  @Test
  void medicationWithoutStartIsActiveFromItsRecordDate() {
    ObjectNode json = monthlyCase();
    addEvent(json, "medication").put("name", "doxycycline").put("route", "oral");

    MedicationRecord med = lastEvent(ScenarioReader.read(json.toString()), MedicationRecord.class);

    assertThat(med.start()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(med.end()).isEmpty();
    assertThat(med.route()).contains("oral");
  }

  @Test
  void rxnormMayBeGivenAsANumber() {
    ObjectNode json = monthlyCase();
    addEvent(json, "medication").put("name", "minocycline").put("rxnorm", 6980);

    MedicationRecord med = lastEvent(ScenarioReader.read(json.toString()), MedicationRecord.class);

    assertThat(med.rxnorm()).contains("6980");
  }

  @Test
  void abstinenceWithoutMethodsIsAValidContraceptionRecord() {
    ObjectNode json = monthlyCase();
    addEvent(json, "contraception").put("abstinence", true).put("since", "2026-06-01");

    ContraceptionRecord c =
        lastEvent(ScenarioReader.read(json.toString()), ContraceptionRecord.class);

    assertThat(c.abstinence()).isTrue();
    assertThat(c.methods()).isEmpty();
  }

  @Test
  void policyOverridesApplyToTheDefaults() {
    ObjectNode json = monthlyCase();
    json.putObject("policy").put("tg.stopMgDl", 700).put("monitoring", "monthly");

    DispenseCase s = ScenarioReader.read(json.toString());

    assertThat(s.policy().tgStopMgDl()).isEqualTo(700);
    assertThat(s.policy().monitoring().code()).isEqualTo("monthly");
    assertThat(s.policy().altStopMultiple()).isEqualTo(3.0);
  }

  @Test
  void fieldsOutsideTheContractAreIgnored() {
    ObjectNode json = monthlyCase();
    json.put("comment", "written by hand");
    event(json, 0).put("source", "scale in clinic");

    assertThat(ScenarioReader.read(json.toString()).history().events()).hasSize(16);
  }

  @Test
  void requestMayNameTheCapsulesToHandOver() {
    ObjectNode json = monthlyCase();
    ((ObjectNode) json.get("request"))
        .putArray("capsules")
        .addObject()
        .put("strengthMg", 40)
        .put("count", 30)
        .put("formulation", "lidose");

    DispenseCase s = ScenarioReader.read(json.toString());

    assertThat(s.request().capsules())
        .hasValueSatisfying(
            list -> {
              assertThat(list).hasSize(1);
              assertThat(list.get(0).formulation()).contains(Formulation.LIDOSE);
              assertThat(list.get(0).mg()).isEqualTo(1200);
            });
  }

  @Test
  void malformedJsonIsOneErrorWithLineAndColumn() {
    InvalidInputException e = invalid("{\n  \"jurisdiction\": \"US\",\n  \"events\": [\n}");

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.path()).isEqualTo("$");
              assertThat(err.reason()).startsWith("malformed JSON at line 4, column");
            });
  }

  @Test
  void emptyInputAndNonObjectsAreRejected() {
    assertThat(invalid("").errors())
        .extracting(FieldError::reason)
        .containsExactly("the input is empty");
    assertThat(invalid("[1]").errors())
        .extracting(FieldError::reason)
        .containsExactly("must be a JSON object");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    ObjectNode json = monthlyCase();
    json.remove("jurisdiction");
    event(json, 0).put("kg", 0);
    event(json, 8).put("unit", "mg/dL");
    ((ObjectNode) json.get("request")).put("date", "tomorrow");
    json.putObject("policy").put("tg.stop", 1);

    assertThat(invalid(json.toString()).errors())
        .extracting(FieldError::path)
        .containsExactlyInAnyOrder(
            "jurisdiction", "events[0].kg", "events[8].unit", "request.date", "policy.tg.stop");
  }

  private static <T> T lastEvent(DispenseCase s, Class<T> type) {
    return s.history().events().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  static InvalidInputException invalid(String json) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> ScenarioReader.read(json));
    assertThat(e).as("expected invalid input").isNotNull();
    return e;
  }
}
