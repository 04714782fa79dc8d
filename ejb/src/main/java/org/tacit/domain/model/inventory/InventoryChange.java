package org.tacit.domain.model.inventory;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a role's history: who changed what, when, and how it read before and after. Entries
 * name the role by id and title instead of referring to it, so the history outlives the tasks and
 * roles it describes. Never changed once written.
 */
@Entity
@Table(name = "inventory_change")
public class InventoryChange {

  /**
   * What happened to the subject; CONFIRMED: estimates became a person's answers, values unchanged.
   */
  public enum Action {
    CREATED,
    CHANGED,
    REMOVED,
    CONFIRMED
  }

  private static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_change_seq")
  @SequenceGenerator(
      name = "inventory_change_seq",
      sequenceName = "inventory_change_seq",
      allocationSize = 500)
  private Long id;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(name = "role_id", nullable = false)
  private long roleId;

  @Column(name = "role_title", nullable = false, length = 200)
  private String roleTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Action action;

  @Column(nullable = false, length = MAX_TEXT)
  private String subject;

  @Column(name = "before_text", length = MAX_TEXT)
  private String before;

  @Column(name = "after_text", length = MAX_TEXT)
  private String after;

  protected InventoryChange() {} // for JPA

  public InventoryChange(
      Instant at,
      String actor,
      Role role,
      Action action,
      String subject,
      String before,
      String after) {
    this.changedAt = requireNonNull(at, "at");
    this.actor = requireNonNull(actor, "actor");
    this.departmentCode = role.department().code();
    this.roleId = requireNonNull(role.id(), "a stored role");
    this.roleTitle = role.title();
    this.action = requireNonNull(action, "action");
    this.subject = cut(requireNonNull(subject, "subject"));
    this.before = before == null ? null : cut(before);
    this.after = after == null ? null : cut(after);
  }

  private static String cut(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String actor() {
    return actor;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public long roleId() {
    return roleId;
  }

  public String roleTitle() {
    return roleTitle;
  }

  public Action action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public Optional<String> before() {
    return Optional.ofNullable(before);
  }

  public Optional<String> after() {
    return Optional.ofNullable(after);
  }
}
