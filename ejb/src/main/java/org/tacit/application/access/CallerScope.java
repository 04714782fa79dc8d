package org.tacit.application.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the caller may see and change, by department. Strategy analysts and administrators read the
 * whole organisation; HR editors read and change their own departments; viewers only read theirs.
 * Administrators also change everything, since they load libraries and fix data.
 */
public record CallerScope(String username, Set<String> roles, Set<String> departments) {

  public static final String ADMIN = "tacit-admin";
  public static final String ANALYST = "strategy-analyst";
  public static final String EDITOR = "hr-editor";
  public static final String VIEWER = "viewer";

  public CallerScope {
    roles = Set.copyOf(roles);
    departments = Set.copyOf(departments);
  }

  public boolean readsEverything() {
    return roles.contains(ADMIN) || roles.contains(ANALYST);
  }

  public boolean mayRead(String departmentCode) {
    return readsEverything()
        || (isMember(departmentCode) && (roles.contains(EDITOR) || roles.contains(VIEWER)));
  }

  public boolean mayChange(String departmentCode) {
    return roles.contains(ADMIN) || (roles.contains(EDITOR) && isMember(departmentCode));
  }

  /**
   * Refuses, with the reason the user reads, unless the caller may read the department; a refusal
   * is a security event, whichever page or API call asked.
   */
  public void requireRead(String departmentCode) {
    if (!mayRead(departmentCode)) {
      SecurityLog.refused(
          username,
          "read-department",
          "department " + departmentCode,
          "not the caller's department");
      throw NotPermittedException.saying("refused.readDepartment", departmentCode);
    }
  }

  /**
   * Refuses, with the reason the user reads, unless the caller may change the department; logged as
   * above.
   */
  public void requireChange(String departmentCode) {
    if (!mayChange(departmentCode)) {
      SecurityLog.refused(
          username,
          "change-department",
          "department " + departmentCode,
          "not the caller's department or role");
      throw NotPermittedException.saying("refused.changeDepartment", departmentCode);
    }
  }

  /**
   * The departments among {@code codes} that this caller may not change, sorted, for the message.
   */
  public Set<String> notChangeable(Collection<String> codes) {
    Set<String> refused = new TreeSet<>();
    codes.stream().filter(code -> !mayChange(code)).forEach(refused::add);
    return refused;
  }

  private boolean isMember(String departmentCode) {
    return departments.contains(departmentCode);
  }
}
