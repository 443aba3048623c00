package com.isocourse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PopulationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @Test
  void samePatientForSameSeedAndIndex() {
    Population a = new Population(42, TODAY);
    Population b = new Population(42, TODAY);
    for (int i : List.of(0, 1, 1999, 2000, 54321)) {
      assertThat(b.patient(i).toString()).isEqualTo(a.patient(i).toString());
      assertThat(b.expected(b.patient(i))).isEqualTo(a.expected(a.patient(i)));
    }
  }

  @Test
  void anotherSeedGivesAnotherPopulation() {
    String a = new Population(42, TODAY).patient(7).toString();
    String b = new Population(43, TODAY).patient(7).toString();
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void everyStateAndEveryAnswerOccurAndHistoriesAreReadable() {
    Population p = new Population(42, TODAY);
    Set<Population.State> states = EnumSet.noneOf(Population.State.class);
    Set<String> answers = new java.util.TreeSet<>();
    IntStream.range(0, 400)
        .mapToObj(p::patient)
        .forEach(
            g -> {
              states.add(g.state());
              // The contract reader accepts every generated history (it throws otherwise).
              p.expected(g).forEach(e -> answers.add(e.key().substring(0, e.key().indexOf('|'))));
              assertThat(g.prescriberIndex()).isEqualTo(g.index() / 2000);
            });
    assertThat(states).containsExactlyInAnyOrder(Population.State.values());
    assertThat(answers).contains("AUTHORIZED", "DENIED");
  }

  /**
   * The bench reads its rows into core without the server; the server reads the same rows by its
   * own mapping ({@code CaseFiles}). Both must give the same answer for every open prescription, or
   * the load would report wrong answers that are the bench's own.
   */
  @Test
  void theBenchsReadingDecidesAsTheServersMappingDoes() {
    Population p = new Population(42, TODAY);
    int compared = 0;
    for (int i = 0; i < 600; i++) {
      Population.Generated g = p.patient(i);
      for (Population.Expected e : p.expected(g)) {
        var server =
            ServerMirror.CASE_FILES
                .dispenseCase(
                    ServerMirror.caseFile(g),
                    new com.isocourse.core.authorization.DispenseRequest(
                        e.prescriptionId(), TODAY, java.util.Optional.empty()),
                    java.util.Optional.of(true))
                .decide();
        assertThat(e.key()).as("patient %d", i).isEqualTo(Population.key(server));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(300);
  }

  @Test
  void prescribersComeInBlocksOfTwoThousand() {
    assertThat(Population.prescribers(1)).isEqualTo(1);
    assertThat(Population.prescribers(10_000)).isEqualTo(5);
    assertThat(Population.prescribers(10_001)).isEqualTo(6);
  }
}
