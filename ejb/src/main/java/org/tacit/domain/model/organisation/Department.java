package org.tacit.domain.model.organisation;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tacit.domain.Refused;

/**
 * A unit of the organisation that owns roles. Its code is what Keycloak groups name ({@code
 * /departments/FIN}), so department scoping of users rests on it: the code never changes once
 * created.
 */
@Entity
public class Department {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
  @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne private Department parent;

  protected Department() {} // for JPA

  public Department(String code, String name, Department parent) {
    this.code = requireCode(code);
    rename(name);
    this.parent = parent;
  }

  /** A code is what users type and what Keycloak groups carry: short, upper case, no spaces. */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  public static String requireCode(String code) {
    requireNonNull(code, "code");
    if (!isCode(code)) {
      throw Refused.saying("refused.department.code", code);
    }
    return code;
  }

  public void rename(String newName) {
    if (newName == null || newName.isBlank()) {
      throw Refused.saying("refused.department.name");
    }
    this.name = newName.strip();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Optional<Department> parent() {
    return Optional.ofNullable(parent);
  }
}
