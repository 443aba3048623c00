package com.isocourse.server.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * People as role types (ADR 0021): each role carries only its own relationship, the access scope
 * follows from the type, and a session stores and reads back the type it was given.
 */
class CurrentUserTest {
  private static final CurrentUser ADMIN = new CurrentUser.Admin(1, "admin", "Administrator");
  private static final CurrentUser ADAMS = new CurrentUser.Prescriber(2, "dr.adams", "Dr Adams");
  private static final CurrentUser NINA = new CurrentUser.Designee(3, "nina", "Nina Novak", 2);
  private static final CurrentUser PAULA = new CurrentUser.Pharmacist(4, "paula", "Paula", 9);
  private static final CurrentUser OLIVIA = new CurrentUser.PatientUser(5, "p-1", "Olivia", 77);

  private final ConversionService sessions =
      new StoredSessionAttributes().springSessionConversionService();

  /** Whose patients each role may see: the prescriber scope, one row per role. */
  static Stream<Arguments> prescriberScopes() {
    return Stream.of(
        Arguments.of(ADAMS, Optional.of(2L)),
        Arguments.of(NINA, Optional.of(2L)),
        Arguments.of(ADMIN, Optional.empty()),
        Arguments.of(PAULA, Optional.empty()),
        Arguments.of(OLIVIA, Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("prescriberScopes")
  void aPrescriberSeesHerOwnPatientsHerDesigneeHersAndNobodyElseAny(
      CurrentUser user, Optional<Long> scope) {
    assertThat(user.prescriberScope()).isEqualTo(scope);
  }

  /** The stored row's role picks the type; the role's own relationship is kept, others dropped. */
  static Stream<Arguments> storedRows() {
    return Stream.of(
        Arguments.of(Role.ADMIN, null, null, null, new CurrentUser.Admin(7, "u", "U")),
        Arguments.of(Role.PRESCRIBER, null, 4L, null, new CurrentUser.Prescriber(7, "u", "U")),
        Arguments.of(Role.DESIGNEE, 2L, null, null, new CurrentUser.Designee(7, "u", "U", 2)),
        Arguments.of(Role.PHARMACIST, 2L, 9L, null, new CurrentUser.Pharmacist(7, "u", "U", 9)),
        Arguments.of(Role.PATIENT, null, null, 77L, new CurrentUser.PatientUser(7, "u", "U", 77)));
  }

  @ParameterizedTest
  @MethodSource("storedRows")
  void aStoredRowIsReadAsItsRolesType(
      Role role, Long actsFor, Long pharmacy, Long patient, CurrentUser expected) {
    CurrentUser user = CurrentUser.of(7, "u", role, "U", actsFor, pharmacy, patient);
    assertThat(user).isEqualTo(expected);
    assertThat(user.role()).isEqualTo(role);
    assertThat(user.getName()).isEqualTo("u");
  }

  @Test
  void aRowWhoseRoleLacksItsRelationshipIsNotReadAsAnyone() {
    assertThatThrownBy(() -> CurrentUser.of(7, "u", Role.DESIGNEE, "U", null, null, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("user 7 has no prescriber for their role");
    assertThatThrownBy(() -> CurrentUser.of(7, "u", Role.PHARMACIST, "U", null, null, null))
        .hasMessage("user 7 has no pharmacy for their role");
    assertThatThrownBy(() -> CurrentUser.of(7, "u", Role.PATIENT, "U", null, null, null))
        .hasMessage("user 7 has no patient for their role");
  }

  @Test
  void theJsonViewKeepsTheFlatShapeWithOnlyTheRolesOwnRelationship() {
    assertThat(AccountView.of(NINA))
        .isEqualTo(new AccountView(3, "nina", Role.DESIGNEE, "Nina Novak", 2L, null, null));
    assertThat(AccountView.of(PAULA))
        .isEqualTo(new AccountView(4, "paula", Role.PHARMACIST, "Paula", null, 9L, null));
    assertThat(AccountView.of(OLIVIA))
        .isEqualTo(new AccountView(5, "p-1", Role.PATIENT, "Olivia", null, null, 77L));
    assertThat(AccountView.of(ADAMS))
        .isEqualTo(new AccountView(2, "dr.adams", Role.PRESCRIBER, "Dr Adams", null, null, null));
  }

  @Test
  void aSessionReadsBackEveryRoleAsTheSameType() {
    for (CurrentUser user : List.of(ADMIN, ADAMS, NINA, PAULA, OLIVIA)) {
      Object read = sessions.convert(sessions.convert(signedIn(user), byte[].class), Object.class);
      assertThat(read).isInstanceOf(SecurityContext.class);
      Object principal = ((SecurityContext) read).getAuthentication().getPrincipal();
      assertThat(principal).isEqualTo(user).hasSameClassAs(user);
    }
  }

  @Test
  void aSessionStoredBeforeRoleTypesIsReadAsNobody() throws IOException {
    // A designee's security context as the single nullable-field record stored it.
    byte[] before;
    try (InputStream in =
        getClass().getResourceAsStream("/sessions/designee-before-role-types.b64")) {
      before = Base64.getMimeDecoder().decode(in.readAllBytes());
    }
    assertThat(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("com.isocourse.server.platform.security.CurrentUser", "actsForId");
    assertThatThrownBy(() -> new DeserializingConverter().convert(before))
        .as("plain Java serialization cannot read it at all")
        .isInstanceOf(SerializationFailedException.class);
    assertThat(sessions.convert(before, Object.class)).isNull();
  }

  @Test
  void aRecordRefusesAMissingName() {
    assertThatThrownBy(() -> new CurrentUser.Prescriber(2, null, "Dr Adams"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("username");
  }

  private static SecurityContext signedIn(CurrentUser user) {
    return new SecurityContextImpl(
        UsernamePasswordAuthenticationToken.authenticated(
            user, null, List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }
}
