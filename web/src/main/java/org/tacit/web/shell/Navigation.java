package org.tacit.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.tacit.web.security.CurrentUser;

/** The menu of the signed-in user: only the areas their roles open. */
@Named
@RequestScoped
public class Navigation {

  /** One entry of the menu, as the template renders it. */
  public record Item(String id, String label, String href, String icon, boolean current) {}

  @Inject CurrentUser user;
  @Inject FacesContext faces;

  public List<Item> getItems() {
    String contextPath = faces.getExternalContext().getRequestContextPath();
    String viewId = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    return Arrays.stream(Area.values())
        .filter(area -> area.openTo(user.getRoles()))
        .map(area -> new Item(
            "nav-" + area.name().toLowerCase(),
            area.label(),
            contextPath + area.path(),
            area.icon(),
            viewId.startsWith(area.path())))
        .toList();
  }
}
