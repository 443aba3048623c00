package com.isocourse.server.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.refusal.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Idempotency keys: what the header may hold, and what the database gets instead of the key. */
class IdempotencyKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        "!~",
        "retry/enroll:2026-12-01#1",
      })
  void visibleAsciiKeysOfOneToTwoHundredCharactersAreAccepted(String key) {
    assertThat(IdempotencyKey.fromHeader(key)).isPresent();
  }

  @Test
  void twoHundredCharactersAreTheMostAKeyMayHave() {
    assertThat(IdempotencyKey.isValid("k".repeat(200))).isTrue();
    assertThat(IdempotencyKey.isValid("k".repeat(201))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two words", "tab\tinside", "clé", "ключ", "new\nline", "\u007f"})
  void emptyKeysSpacesControlCharactersAndNonAsciiAreA400NamingTheHeader(String key) {
    assertThatThrownBy(() -> IdempotencyKey.fromHeader(key))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("Idempotency-Key"));
  }

  @Test
  void noHeaderIsNoKey() {
    assertThat(IdempotencyKey.fromHeader(null)).isEmpty();
  }

  @Test
  void theDatabaseGetsAHashOfTheKeyNeverTheKey() {
    IdempotencyKey key = IdempotencyKey.of("my-key-1");
    assertThat(key.id()).hasSize(64).doesNotContain("my-key-1");
    assertThat(key.id()).isEqualTo(IdempotencyKey.of("my-key-1").id());
    assertThat(key.id()).isNotEqualTo(IdempotencyKey.of("my-key-2").id());
    assertThat(key.toString()).doesNotContain("my-key-1");
  }

  @Test
  void aSealedAnswerOpensWithItsKeyOnlyAndDoesNotShowItsContent() {
    byte[] answer = "{\"initialPassword\":\"s3cret-pass\"}".getBytes(StandardCharsets.UTF_8);
    IdempotencyKey key = IdempotencyKey.of("key-a");
    byte[] sealed = key.seal(answer);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("s3cret-pass");
    assertThat(key.open(sealed)).isEqualTo(answer);
    assertThatThrownBy(() -> IdempotencyKey.of("key-b").open(sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theFingerprintDependsOnKeyAndBody() {
    IdempotencyKey a = IdempotencyKey.of("key-a");
    assertThat(a.fingerprint("{\"kg\":80}")).isEqualTo(a.fingerprint("{\"kg\":80}"));
    assertThat(a.fingerprint("{\"kg\":80}")).isNotEqualTo(a.fingerprint("{\"kg\":81}"));
    assertThat(a.fingerprint("{\"kg\":80}"))
        .isNotEqualTo(IdempotencyKey.of("key-b").fingerprint("{\"kg\":80}"));
  }

  @Test
  void theSameFieldsInAnotherOrderAreTheSameBody() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(
            IdempotentCalls.canonical(
                json.readTree("{\"type\":\"weight\",\"kg\":80,\"x\":{\"b\":1,\"a\":[2,1]}}")))
        .isEqualTo(
            IdempotentCalls.canonical(
                json.readTree("{\"x\":{\"a\":[2,1],\"b\":1},\"kg\":80,\"type\":\"weight\"}")))
        .isEqualTo("{\"kg\":80,\"type\":\"weight\",\"x\":{\"a\":[2,1],\"b\":1}}");
    assertThat(IdempotentCalls.canonical(json.readTree("[1,2]")))
        .isNotEqualTo(IdempotentCalls.canonical(json.readTree("[2,1]")));
  }
}
