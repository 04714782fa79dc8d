package org.tacit.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.infrastructure.persistence.EndedKeycloakSessions;
import org.tacit.infrastructure.persistence.TestDatabase;

/**
 * A Keycloak session's end that one server heard is known to every server, for a day, and hearing
 * it twice is harmless. Each "server" is a bean of its own over the same database.
 */
class KeycloakSessionsTest {

  private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEndOneServerHeardIsKnownToAnotherForADay(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      inTransactionDo(jpa, em -> server(em, NOON).ended("kc-1"));
      inTransactionDo(jpa, em -> server(em, NOON.plusSeconds(5)).ended("kc-1"));

      assertThat(hasEnded(jpa, "kc-1")).isTrue();
      assertThat(hasEnded(jpa, "kc-2")).isFalse();

      Instant nextDay = NOON.plus(KeycloakSessions.REMEMBERED).plus(Duration.ofMinutes(1));
      inTransactionDo(jpa, em -> server(em, nextDay).ended("kc-2"));
      assertThat(hasEnded(jpa, "kc-1")).as("forgotten after a day").isFalse();
      assertThat(hasEnded(jpa, "kc-2")).isTrue();
    }
  }

  private static boolean hasEnded(EntityManagerFactory jpa, String keycloakSession) {
    return inTransaction(jpa, em -> server(em, NOON).hasEnded(keycloakSession));
  }

  private static KeycloakSessions server(EntityManager em, Instant now) {
    KeycloakSessions sessions = new KeycloakSessions();
    sessions.ended = new EndedKeycloakSessions(em);
    sessions.clock = Clock.fixed(now, ZoneOffset.UTC);
    return sessions;
  }
}
