package com.isocourse.server.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * What a request touched, as its audit row will say it (ADR 0021, issue 12): a fresh request names
 * nothing; the patients of a multi-patient read are named in id order; the machine client comes
 * last.
 */
class AuditFactsTest {

  @Test
  void aRequestThatTouchedNothingAddsNothingToItsRow() {
    AuditFacts facts = new AuditFacts();
    assertThat(facts.patient()).isNull();
    assertThat(facts.detailNote()).isEmpty();
    assertThat(facts.clientNote()).isEmpty();
  }

  @Test
  void theRowNamesTheNoteThePatientsInIdOrderAndTheMachineClient() {
    AuditFacts facts = new AuditFacts();
    facts.patient(7);
    facts.detail("alert 3 acknowledged");
    facts.patients(List.of(12L, 3L, 7L, 3L));
    facts.machineClient("lab-1", "Northside lab");
    assertThat(facts.patient()).isEqualTo(7L);
    assertThat(facts.detailNote())
        .isEqualTo("; alert 3 acknowledged; patients 3,7,12; machine client lab-1 (Northside lab)");
    assertThat(facts.clientNote()).isEqualTo("; machine client lab-1 (Northside lab)");
  }

  @Test
  void theLastPatientNotedIsTheOneTheRowNames() {
    AuditFacts facts = new AuditFacts();
    facts.patient(4);
    facts.patient(9);
    assertThat(facts.patient()).isEqualTo(9L);
  }

  @Test
  void oneRequestHasOneSetOfFactsWhoeverAsksFirst() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    AuditFacts first = RequestAuditFacts.of(request);
    first.patient(5);
    assertThat(RequestAuditFacts.of(request)).isSameAs(first);
    assertThat(RequestAuditFacts.of(new MockHttpServletRequest())).isNotSameAs(first);
  }
}
