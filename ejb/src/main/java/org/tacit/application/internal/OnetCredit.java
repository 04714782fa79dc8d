package org.tacit.application.internal;

/**
 * The credit line O*NET's licence (CC BY 4.0) asks for, in the words the O*NET Resource Center gives
 * for information that was edited or added to (https://www.onetcenter.org/license_db.html): Tacit
 * derives estimates from the data, so the line says so.
 */
final class OnetCredit {

  private static final String LINE = "This report includes information from the %s Database by the U.S. Department"
      + " of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a"
      + " trademark of USDOL/ETA. Tacit has modified all or some of this information. USDOL/ETA has not approved,"
      + " endorsed, or tested these modifications.";

  private OnetCredit() {}

  /** The line for a release such as "O*NET 27.0"; null when no release is loaded. */
  static String of(String release) {
    return release == null ? null : LINE.formatted(release);
  }
}
