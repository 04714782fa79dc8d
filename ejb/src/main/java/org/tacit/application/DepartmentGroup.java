package org.tacit.application;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Department membership lives in Keycloak as groups under {@code /departments}; the last path
 * segment is the department code. Other groups say nothing about departments and are ignored.
 */
public final class DepartmentGroup {

  private static final Pattern PATH = Pattern.compile("^/?departments/([A-Z0-9][A-Z0-9_-]{0,31})$");

  private DepartmentGroup() {}

  public static Optional<String> codeOf(String groupPath) {
    if (groupPath == null) {
      return Optional.empty();
    }
    Matcher matcher = PATH.matcher(groupPath.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
