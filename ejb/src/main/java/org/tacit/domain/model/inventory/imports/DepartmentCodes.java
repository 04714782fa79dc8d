package org.tacit.domain.model.inventory.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.tacit.domain.model.organisation.Department;

/**
 * Department codes for files that give only names. The code is derived deterministically, so that
 * re-importing the same file finds the same departments. The pattern is the one {@code Department}
 * enforces, because the code also names the department's Keycloak group.
 */
public final class DepartmentCodes {

  public static final int MAX_LENGTH = 32;

  private DepartmentCodes() {}

  public static boolean isValid(String code) {
    return Department.isCode(code);
  }

  /**
   * "Research & Development" becomes {@code RESEARCH-DEVELOPMENT}: accents dropped, upper case,
   * every run of other characters one dash, no dash at either end, at most 32 characters. Empty
   * when the name has no letter or digit that survives (a name in Greek script, say).
   */
  public static Optional<String> derive(String name) {
    String unaccented = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String dashed = unaccented.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
    String code = trimDashes(dashed);
    if (code.length() > MAX_LENGTH) {
      code = trimDashes(code.substring(0, MAX_LENGTH));
    }
    return isValid(code) ? Optional.of(code) : Optional.empty();
  }

  private static String trimDashes(String text) {
    return text.replaceAll("^-+|-+$", "");
  }
}
