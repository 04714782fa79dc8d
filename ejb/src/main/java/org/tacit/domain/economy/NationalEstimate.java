package org.tacit.domain.economy;

/**
 * A national figure others have published, to set beside the US economy benchmark. Its name, what
 * it measures and how it was obtained are words, kept in the message bundle under {@code
 * nationalEstimate.<key>.*}; the citation is bibliographic and stays as published.
 *
 * @param share whether {@code figure} is a share 0–1 of US employment (else a mean score 0–1)
 * @param occupations the occupations it was recomputed over here, or null when taken as published
 * @param employmentShare the share of BLS May 2024 employment those occupations carry, or null when
 *     taken as published
 */
public record NationalEstimate(
    String key,
    double figure,
    boolean share,
    Integer occupations,
    Double employmentShare,
    String citation) {

  public boolean recomputed() {
    return occupations != null;
  }
}
