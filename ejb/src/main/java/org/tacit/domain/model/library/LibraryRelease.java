package org.tacit.domain.model.library;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which O*NET release the library holds, who loaded it and when, and the attribution its licence
 * (CC BY 4.0) asks for wherever O*NET content appears. The library holds one release at a time.
 */
@Entity
@Table(name = "onet_release")
public class LibraryRelease {

  /**
   * O*NET's required wording for content used with changes (Tacit derives estimates and shares from
   * it).
   */
  private static final String ATTRIBUTION =
      "This product includes information from the %s Database by the U.S. Department of Labor,"
          + " Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license."
          + " O*NET® is a trademark of USDOL/ETA. Tacit has modified all or some of this"
          + " information. USDOL/ETA has not approved, endorsed, or tested these modifications.";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onet_release_seq")
  @SequenceGenerator(
      name = "onet_release_seq",
      sequenceName = "onet_release_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 1000)
  private String attribution;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  @Column(name = "loaded_by", nullable = false, length = 100)
  private String loadedBy;

  protected LibraryRelease() {} // for JPA

  /**
   * @param name as O*NET names it, such as "O*NET 27.0"
   */
  public LibraryRelease(String name, Instant loadedAt, String loadedBy) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A release needs a name, such as O*NET 27.0.");
    }
    this.name = name.strip();
    this.attribution = attributionOf(this.name);
    this.loadedAt = requireNonNull(loadedAt, "loadedAt");
    this.loadedBy = requireNonNull(loadedBy, "loadedBy");
  }

  /** The attribution line O*NET's licence asks for, for a release such as "O*NET 27.0". */
  public static String attributionOf(String releaseName) {
    return ATTRIBUTION.formatted(releaseName);
  }

  public String name() {
    return name;
  }

  /**
   * The attribution in today's wording: a release stored before the wording was completed keeps its
   * old line in the table, but every page shows the one the licence asks for.
   */
  public String attribution() {
    return attributionOf(name);
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  public String loadedBy() {
    return loadedBy;
  }
}
