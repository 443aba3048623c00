package com.isocourse.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.dosing.DoseProjection;
import com.isocourse.core.dosing.Regimen;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanWriterTest {

  @Test
  void seventyKilogramExampleIsWrittenInTheReadmeShape() {
    DosePlan plan =
        DoseProjection.project(
                Formulation.CONVENTIONAL,
                new BodyWeight(70),
                1.0,
                135,
                0,
                LocalDate.of(2026, 12, 1),
                2)
            .orElseThrow();

    assertThat(PlanWriter.toJson(plan))
        .isEqualTo(
            "{\"regimen\":{\"morning\":[40],\"evening\":[30]},\"mgPerDay\":70,"
                + "\"mgPerKgPerDay\":1.0,\"daysToTarget\":135,"
                + "\"projectedEndDate\":\"2027-04-14\",\"fill30\":{\"40\":30,\"30\":30}}");
  }

  @Test
  void strengthsAreWrittenLargestFirstAndFractionsWithOneDecimal() {
    DosePlan plan =
        new DosePlan(
            new Regimen(List.of(10, 20), List.of(20)),
            50,
            0.8333,
            100,
            LocalDate.of(2027, 1, 1),
            new TreeMap<>(Map.of(10, 30, 20, 60)));

    String json = PlanWriter.toJson(plan);

    assertThat(json).contains("\"morning\":[20,10]");
    assertThat(json).contains("\"mgPerKgPerDay\":0.8");
    assertThat(json).contains("\"fill30\":{\"20\":60,\"10\":30}");
  }
}
