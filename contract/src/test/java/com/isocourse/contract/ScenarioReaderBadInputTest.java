package com.isocourse.contract;

import static com.isocourse.contract.ScenarioFixtures.addEvent;
import static com.isocourse.contract.ScenarioFixtures.event;
import static com.isocourse.contract.ScenarioFixtures.monthlyCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edge-case table for input validation: each row changes one thing in a valid case (the monthly
 * PCGP example: events 0 weight, 1–4 pregnancy tests, 5 contraception, 6 comprehension, 7
 * counseling, 8 ALT, 9 triglycerides, 10 PHQ-9, 11 rx-1, 12 its dispense, 13 rx-2, 14 its dispense,
 * 15 rx-3; added events are events[16]) and names the single error expected.
 */
class ScenarioReaderBadInputTest {

  static Stream<Arguments> badInputs() {
    return Stream.of(
        row(
            "weight of zero",
            j -> event(j, 0).put("kg", 0),
            "events[0].kg",
            "must be between 1 and 400"),
        row(
            "weight above 400 kg",
            j -> event(j, 0).put("kg", 401),
            "events[0].kg",
            "must be between 1 and 400"),
        row("weight missing", j -> event(j, 0).remove("kg"), "events[0].kg", "is required"),
        // exact thresholds (ADR 0024): a number a double cannot hold is refused, not rounded
        row(
            "weight just below 40 kg by more digits than a double holds",
            j -> event(j, 0).put("kg", new java.math.BigDecimal("39.9999999999999999")),
            "events[0].kg",
            "at most 15"),
        row(
            "triglycerides just below the stop by more digits than a double holds",
            j ->
                addEvent(j, "lab")
                    .put("loinc", "2571-8")
                    .put("unit", "mg/dL")
                    .put("value", new java.math.BigDecimal("879.99999999999999")),
            "events[16].value",
            "at most 15"),
        row(
            "ALT limit given more precisely than a double holds",
            j ->
                addEvent(j, "lab")
                    .put("loinc", "1742-6")
                    .put("unit", "U/L")
                    .put("value", 50)
                    .put("referenceHigh", new java.math.BigDecimal("40.0000000000000001")),
            "events[16].referenceHigh",
            "at most 15"),
        row(
            "policy threshold more precise than a double holds",
            j ->
                j.putObject("policy")
                    .put("tg.stopMgDl", new java.math.BigDecimal("879.99999999999999")),
            "policy.tg.stopMgDl",
            "at most 15"),
        row(
            "days' supply beyond any whole number the reader takes",
            j -> event(j, 11).put("daysSupply", 9000000000L),
            "events[11].daysSupply",
            "must be at most 2147483647"),
        row("weight as text", j -> event(j, 0).put("kg", "60"), "events[0].kg", "must be a number"),
        row(
            "unknown event type",
            j -> event(j, 0).put("type", "weigh"),
            "events[0].type",
            "unknown event type 'weigh'"),
        row("event type missing", j -> event(j, 0).remove("type"), "events[0].type", "is required"),
        row("event date missing", j -> event(j, 1).remove("date"), "events[1].date", "is required"),
        row("event date null", j -> event(j, 1).putNull("date"), "events[1].date", "is required"),
        row(
            "impossible date",
            j -> event(j, 1).put("date", "2026-13-01"),
            "events[1].date",
            "must be an ISO date"),
        row(
            "unknown test result",
            j -> event(j, 1).put("result", "maybe"),
            "events[1].result",
            "unknown result 'maybe'"),
        row(
            "unknown test setting",
            j -> event(j, 1).put("setting", "pharmacy"),
            "events[1].setting",
            "unknown setting 'pharmacy'"),
        row(
            "unknown contraception method",
            j -> event(j, 5).withArray("methods").set(1, "pill"),
            "events[5].methods[1]",
            "unknown contraception method 'pill'"),
        row(
            "contraception since missing",
            j -> event(j, 5).remove("since"),
            "events[5].since",
            "is required"),
        row(
            "comprehension outcome missing",
            j -> event(j, 6).remove("passed"),
            "events[6].passed",
            "is required"),
        row(
            "lab LOINC missing",
            j -> event(j, 8).remove("loinc"),
            "events[8].loinc",
            "is required"),
        row(
            "lab value missing",
            j -> event(j, 8).remove("value"),
            "events[8].value",
            "is required"),
        row("lab unit missing", j -> event(j, 8).remove("unit"), "events[8].unit", "is required"),
        row(
            "unknown lab unit",
            j -> event(j, 8).put("unit", "mg/L"),
            "events[8].unit",
            "unknown unit 'mg/L'"),
        row(
            "unit of another analyte",
            j -> event(j, 8).put("unit", "mg/dL"),
            "events[8].unit",
            "mg/dL is not a unit for LOINC 1742-6"),
        row(
            "negative lab value",
            j -> event(j, 8).put("value", -1),
            "events[8].value",
            "must not be negative"),
        row(
            "PHQ-9 total missing",
            j -> event(j, 10).remove("total"),
            "events[10].total",
            "is required"),
        row(
            "PHQ-9 item 9 missing",
            j -> event(j, 10).remove("item9"),
            "events[10].item9",
            "is required"),
        row(
            "PHQ-9 total above 27",
            j -> event(j, 10).put("total", 28),
            "events[10].total",
            "must be between 0 and 27"),
        row(
            "unknown instrument",
            j -> event(j, 10).put("instrument", "BDI"),
            "events[10].instrument",
            "unknown instrument 'BDI'"),
        row(
            "prescription capsules missing",
            j -> event(j, 11).remove("capsules"),
            "events[11].capsules",
            "is required"),
        row(
            "prescription days' supply missing",
            j -> event(j, 11).remove("daysSupply"),
            "events[11].daysSupply",
            "is required"),
        row(
            "prescription refills missing",
            j -> event(j, 11).remove("refills"),
            "events[11].refills",
            "is required"),
        row(
            "negative refills",
            j -> event(j, 11).put("refills", -1),
            "events[11].refills",
            "must not be negative"),
        row(
            "fractional days' supply",
            j -> event(j, 11).put("daysSupply", 30.5),
            "events[11].daysSupply",
            "must be a whole number"),
        row(
            "negative capsule count",
            j -> ((ObjectNode) event(j, 11).withArray("capsules").get(0)).put("morning", -1),
            "events[11].capsules[0].morning",
            "must not be negative"),
        row(
            "prescription id missing",
            j -> event(j, 11).remove("id"),
            "events[11].id",
            "is required"),
        row(
            "unknown formulation",
            j -> event(j, 11).put("formulation", "gel"),
            "events[11].formulation",
            "unknown formulation 'gel'"),
        row(
            "dispense prescription missing",
            j -> event(j, 12).remove("prescriptionId"),
            "events[12].prescriptionId",
            "is required"),
        row(
            "negative dispensed count",
            j -> ((ObjectNode) event(j, 12).withArray("capsules").get(0)).put("count", -30),
            "events[12].capsules[0].count",
            "must not be negative"),
        row("jurisdiction missing", j -> j.remove("jurisdiction"), "jurisdiction", "is required"),
        row(
            "unknown jurisdiction",
            j -> j.put("jurisdiction", "CA"),
            "jurisdiction",
            "unknown jurisdiction 'CA'"),
        row("request missing", j -> j.remove("request"), "request", "is required"),
        row(
            "request date missing",
            j -> ((ObjectNode) j.get("request")).remove("date"),
            "request.date",
            "is required"),
        row(
            "request prescription missing",
            j -> ((ObjectNode) j.get("request")).remove("prescriptionId"),
            "request.prescriptionId",
            "is required"),
        row(
            "request date not ISO",
            j -> ((ObjectNode) j.get("request")).put("date", "22/11/2026"),
            "request.date",
            "must be an ISO date"),
        row(
            "unknown request type",
            j -> ((ObjectNode) j.get("request")).put("type", "refill"),
            "request.type",
            "unknown request type 'refill'"),
        row(
            "unknown rule set",
            j -> j.put("ruleSet", "us-ipledge-2019"),
            "ruleSet",
            "unknown rule set 'us-ipledge-2019'"),
        row(
            "target above 220 mg/kg",
            j -> ((ObjectNode) j.get("course")).put("targetMgPerKg", 221),
            "course.targetMgPerKg",
            "at most 220"),
        row(
            "target of zero",
            j -> ((ObjectNode) j.get("course")).put("targetMgPerKg", 0),
            "course.targetMgPerKg",
            "above 0"),
        row(
            "unknown course formulation",
            j -> ((ObjectNode) j.get("course")).put("formulation", "gel"),
            "course.formulation",
            "unknown formulation 'gel'"),
        row(
            "impossible birth date",
            j -> ((ObjectNode) j.get("patient")).put("birthDate", "1999-02-30"),
            "patient.birthDate",
            "must be an ISO date"),
        row(
            "risk category as text",
            j -> ((ObjectNode) j.get("patient")).put("canGetPregnant", "yes"),
            "patient.canGetPregnant",
            "must be true or false"),
        row(
            "unknown policy key",
            j -> j.putObject("policy").put("tg.stop", 700),
            "policy.tg.stop",
            "unknown policy parameter"),
        row(
            "bad policy value",
            j -> j.putObject("policy").put("tg.stopMgDl", "high"),
            "policy.tg.stopMgDl",
            "must be a number"),
        row(
            "policy value out of range",
            j -> j.putObject("policy").put("alt.stopMultiple", 50),
            "policy.alt.stopMultiple",
            "must be between 1 and 20"),
        row(
            "unknown symptom",
            j -> addEvent(j, "symptom").put("code", "sneezing"),
            "events[16].code",
            "unknown symptom code 'sneezing'"),
        row(
            "unknown review code",
            j -> addEvent(j, "review").putArray("clears").add("EVERYTHING"),
            "events[16].clears[0]",
            "unknown review code 'EVERYTHING'"),
        row(
            "negative returned mg",
            j -> addEvent(j, "returned").put("mg", -5),
            "events[16].mg",
            "must not be negative"),
        row(
            "missed dose without mg",
            j -> addEvent(j, "missed-dose"),
            "events[16].mg",
            "is required"),
        row(
            "medication without name",
            j -> addEvent(j, "medication").put("route", "oral"),
            "events[16].name",
            "is required"),
        row(
            "medication ending before it starts",
            j ->
                addEvent(j, "medication")
                    .put("name", "doxycycline")
                    .put("start", "2026-11-10")
                    .put("end", "2026-11-01"),
            "events[16].end",
            "must not be before the start date"),
        row("events not a list", j -> j.putObject("events"), "events", "must be a list"),
        row(
            "event not an object",
            j -> j.withArray("events").add(3),
            "events[16]",
            "must be an object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsReportedAtItsPath(
      String name, Consumer<ObjectNode> change, String path, String reason) {
    ObjectNode json = monthlyCase();
    change.accept(json);

    assertThat(ScenarioReaderTest.invalid(json.toString()).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.reason()).contains(reason);
            });
  }

  private static Arguments row(
      String name, Consumer<ObjectNode> change, String path, String reason) {
    return Arguments.of(name, change, path, reason);
  }
}
