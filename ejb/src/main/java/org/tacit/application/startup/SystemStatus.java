package org.tacit.application.startup;

import jakarta.ejb.Local;

/** The portal's own health, for the readiness check and the admin page. */
@Local
public interface SystemStatus {

  DatabaseStatus database();
}
