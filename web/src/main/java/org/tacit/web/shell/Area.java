package org.tacit.web.shell;

import static org.tacit.web.security.PortalRole.HR_EDITOR;
import static org.tacit.web.security.PortalRole.STRATEGY_ANALYST;
import static org.tacit.web.security.PortalRole.TACIT_ADMIN;
import static org.tacit.web.security.PortalRole.VIEWER;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.tacit.web.security.PortalRole;

/**
 * The portal's areas and the roles that may open each. The same table is enforced by the security
 * constraints in web.xml (a test keeps the two in step), so a link that is not shown is also a page
 * that answers 403.
 */
public enum Area {
  INVENTORY(
      "/app/inventory/",
      "pi pi-sitemap",
      EnumSet.of(TACIT_ADMIN, STRATEGY_ANALYST, HR_EDITOR, VIEWER)),
  LIBRARY(
      "/app/library/", "pi pi-book", EnumSet.of(TACIT_ADMIN, STRATEGY_ANALYST, HR_EDITOR, VIEWER)),
  ASSESSMENT(
      "/app/assessment/",
      "pi pi-chart-scatter",
      EnumSet.of(TACIT_ADMIN, STRATEGY_ANALYST, HR_EDITOR)),
  REPORTS(
      "/app/reports/",
      "pi pi-chart-bar",
      EnumSet.of(TACIT_ADMIN, STRATEGY_ANALYST, HR_EDITOR, VIEWER)),
  ADMIN("/app/admin/", "pi pi-cog", EnumSet.of(TACIT_ADMIN)),
  /** How a score comes about: every reader of a figure may read how it is made. */
  METHOD(
      "/app/method/",
      "pi pi-info-circle",
      EnumSet.of(TACIT_ADMIN, STRATEGY_ANALYST, HR_EDITOR, VIEWER));

  private final String path;
  private final String icon;
  private final Set<PortalRole> allowed;

  Area(String path, String icon, Set<PortalRole> allowed) {
    this.path = path;
    this.icon = icon;
    this.allowed = allowed;
  }

  public boolean openTo(Collection<PortalRole> roles) {
    return roles.stream().anyMatch(allowed::contains);
  }

  /** The key of the area's name in the message bundle, e.g. {@code shell.area.INVENTORY}. */
  public String labelKey() {
    return "shell.area." + name();
  }

  /** The folder of the area's pages, relative to the context root. */
  public String path() {
    return path;
  }

  public String icon() {
    return icon;
  }

  public Set<PortalRole> allowed() {
    return EnumSet.copyOf(allowed);
  }
}
