package org.tacit.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.organisation.Department;

/**
 * The entities as Hibernate maps them must fit the schema that Flyway builds, on H2 and on
 * PostgreSQL alike (Hibernate validates; it never generates), and concurrent edits must collide.
 */
class MappingTest {

  enum Database { H2, POSTGRESQL }

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void entitiesRoundTripWithFactsAndTheirProvenance(Database database) {
    try (EntityManagerFactory jpa = jpaOn(database)) {
      Long taskId = inTransaction(jpa, em -> {
        Department finance = new Department("FIN", "Finance", null);
        Role clerk = new Role(finance, "AP-CLERK", "Accounts payable clerk");
        clerk.staff(new BigDecimal("12.5"), new BigDecimal("58000"));
        clerk.linkOccupation("43-3031.00");
        TaskFacts facts = TaskFacts.confirmed(Map.of(TaskFact.NOVELTY, BigDecimal.ONE, TaskFact.TASK_LENGTH_HOURS, new BigDecimal("0.25")))
            .with(TaskFact.TIME_TO_PROFICIENCY, BigDecimal.valueOf(3), Provenance.ESTIMATED);
        Task task = new Task(clerk, "Match invoices to purchase orders", new BigDecimal("40"), facts);
        em.persist(finance);
        em.persist(clerk);
        em.persist(task);
        return task.id();
      });

      Task read = inTransaction(jpa, em -> em.find(Task.class, taskId));

      assertThat(read.statement()).isEqualTo("Match invoices to purchase orders");
      assertThat(read.role().department().code()).isEqualTo("FIN");
      assertThat(read.role().headcountFte()).hasValueSatisfying(fte -> assertThat(fte).isEqualByComparingTo("12.5"));
      assertThat(read.facts().value(TaskFact.TASK_LENGTH_HOURS)).contains(new BigDecimal("0.25"));
      assertThat(read.facts().provenance(TaskFact.NOVELTY)).contains(Provenance.CONFIRMED);
      assertThat(read.facts().provenance(TaskFact.TIME_TO_PROFICIENCY)).contains(Provenance.ESTIMATED);
      assertThat(read.facts().value(TaskFact.ERROR_COST)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aSecondEditorsStaleChangeIsRefusedNotWrittenOver(Database database) {
    try (EntityManagerFactory jpa = jpaOn(database)) {
      Long roleId = inTransaction(jpa, em -> {
        Department ops = new Department("OPS", "Operations", null);
        Role planner = new Role(ops, null, "Planner");
        em.persist(ops);
        em.persist(planner);
        return planner.id();
      });
      Role seenByFirst = inTransaction(jpa, em -> em.find(Role.class, roleId));
      Role seenBySecond = inTransaction(jpa, em -> em.find(Role.class, roleId));

      seenByFirst.retitle("Senior planner");
      inTransactionDo(jpa, em -> em.merge(seenByFirst));
      seenBySecond.retitle("Demand planner");

      assertThatThrownBy(() -> inTransactionDo(jpa, em -> em.merge(seenBySecond)))
          .isInstanceOfAny(OptimisticLockException.class, RollbackException.class);
      assertThat(inTransaction(jpa, em -> em.find(Role.class, roleId)).title()).isEqualTo("Senior planner");
    }
  }

  private static EntityManagerFactory jpaOn(Database database) {
    DataSource dataSource = database == Database.H2 ? freshH2() : postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load().clean();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return Persistence.createEntityManagerFactory("tacit", Map.of(
        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
        "jakarta.persistence.jtaDataSource", dataSource,
        "jakarta.persistence.nonJtaDataSource", dataSource,
        "hibernate.transaction.jta.platform", "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
        "jakarta.persistence.schema-generation.database.action", "none",
        "hibernate.hbm2ddl.auto", "validate"));
  }

  private static DataSource freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:mapping-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  private static <T> T inTransaction(EntityManagerFactory jpa, Function<EntityManager, T> work) {
    EntityManager em = jpa.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static void inTransactionDo(EntityManagerFactory jpa, Consumer<EntityManager> work) {
    inTransaction(jpa, em -> {
      work.accept(em);
      return null;
    });
  }
}
