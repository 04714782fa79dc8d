package org.tacit.domain.model.inventory;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tacit.domain.Refused;
import org.tacit.domain.model.organisation.Department;

/**
 * A job in a department: how many people do it (FTE), what one FTE costs a year, and optionally the
 * O*NET occupation it resembles, from which unknown task facts are estimated.
 */
@Entity
@Table(name = "job_role") // ROLE is a keyword in PostgreSQL's grammar
public class Role {

  private static final Pattern ONET_SOC = Pattern.compile("\\d\\d-\\d\\d\\d\\d\\.\\d\\d");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_role_seq")
  @SequenceGenerator(name = "job_role_seq", sequenceName = "job_role_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  private Department department;

  @Column(length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "headcount_fte", precision = 9, scale = 2)
  private BigDecimal headcountFte;

  @Column(name = "annual_cost_per_fte", precision = 14, scale = 2)
  private BigDecimal annualCostPerFte;

  @Column(name = "onet_soc", length = 10)
  private String onetSoc;

  protected Role() {} // for JPA

  public Role(Department department, String code, String title) {
    this.department = requireNonNull(department, "department");
    this.code = code == null || code.isBlank() ? null : code.strip();
    retitle(title);
  }

  public void retitle(String newTitle) {
    if (newTitle == null || newTitle.isBlank()) {
      throw Refused.saying("refused.role.title");
    }
    this.title = newTitle.strip();
  }

  /** Headcount and cost are unknown (null) or not negative; a role may have no one in it today. */
  public void staff(BigDecimal fte, BigDecimal costPerFte) {
    this.headcountFte = requireNotNegative(fte, "refused.role.headcount");
    this.annualCostPerFte = requireNotNegative(costPerFte, "refused.role.cost");
  }

  public void linkOccupation(String soc) {
    if (soc != null && !ONET_SOC.matcher(soc).matches()) {
      throw Refused.saying("refused.role.occupation", soc);
    }
    this.onetSoc = soc;
  }

  private static BigDecimal requireNotNegative(BigDecimal value, String refusal) {
    if (value != null && value.signum() < 0) {
      throw Refused.saying(refusal);
    }
    return value;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Department department() {
    return department;
  }

  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  public String title() {
    return title;
  }

  public Optional<BigDecimal> headcountFte() {
    return Optional.ofNullable(headcountFte);
  }

  public Optional<BigDecimal> annualCostPerFte() {
    return Optional.ofNullable(annualCostPerFte);
  }

  public Optional<String> onetSoc() {
    return Optional.ofNullable(onetSoc);
  }
}
