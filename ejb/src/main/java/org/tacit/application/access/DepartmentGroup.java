package org.tacit.application.access;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacit.domain.model.organisation.Department;

/**
 * Department membership lives in Keycloak as groups under {@code /departments}; the last path
 * segment is the department code. Other groups say nothing about departments and are ignored.
 */
public final class DepartmentGroup {

  private static final Pattern PATH = Pattern.compile("^/?departments/([^/]+)$");

  private DepartmentGroup() {}

  /** Whether a text can be a department code (the rule is the department's own). */
  public static boolean isCode(String text) {
    return Department.isCode(text);
  }

  /** The department codes among a token's group paths, sorted; other groups are ignored. */
  public static List<String> codesOf(List<String> groupPaths) {
    return groupPaths.stream()
        .map(DepartmentGroup::codeOf)
        .flatMap(Optional::stream)
        .sorted()
        .toList();
  }

  public static Optional<String> codeOf(String groupPath) {
    if (groupPath == null) {
      return Optional.empty();
    }
    Matcher matcher = PATH.matcher(groupPath.strip());
    return matcher.matches() && isCode(matcher.group(1))
        ? Optional.of(matcher.group(1))
        : Optional.empty();
  }
}
