package org.tacit.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tacit.application.startup.DatabaseStatus;
import org.tacit.application.startup.SystemStatus;

/** The Admin page's view of the running system. */
@Named
@RequestScoped
public class SystemView {

  @EJB SystemStatus system;

  private DatabaseStatus database;

  public DatabaseStatus getDatabase() {
    if (database == null) {
      database = system.database();
    }
    return database;
  }
}
