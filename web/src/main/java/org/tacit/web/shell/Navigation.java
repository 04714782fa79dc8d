package org.tacit.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.tacit.web.security.CurrentUser;

/** The menu of the signed-in user: only the areas their roles open, and only links into those. */
@Named
@RequestScoped
public class Navigation {

  /** One entry of the menu, as the template renders it. */
  public record Item(String id, String label, String href, String icon, boolean current) {}

  @Inject CurrentUser user;
  @Inject PageWords words;

  public List<Item> getItems() {
    // Not an injected FacesContext: on an error page the request has had one before, now released
    FacesContext faces = FacesContext.getCurrentInstance();
    String contextPath = faces.getExternalContext().getRequestContextPath();
    String viewId = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    return Arrays.stream(Area.values())
        .filter(area -> area.openTo(user.getRoles()))
        .map(
            area ->
                new Item(
                    "nav-" + area.name().toLowerCase(),
                    words.text(area.labelKey()),
                    contextPath + area.path(),
                    area.icon(),
                    viewId.startsWith(area.path())))
        .toList();
  }

  /**
   * Whether the user's roles open {@code area} (e.g. {@code ASSESSMENT}): a link they may not
   * follow is not shown.
   */
  public boolean opens(String area) {
    return Area.valueOf(area).openTo(user.getRoles());
  }
}
