package org.tacit.application.home;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * What needs doing in the caller's departments, for the home page. Every item is of a department
 * the caller may read, and names the role or run where it is fixed.
 */
@Local
public interface Agenda {

  /** How many of each kind the home page lists; the rest are counted. */
  int TOP = 5;

  /**
   * The items the database answers at once: time shares that do not add up, runs out of date,
   * recent changes by others; or the first steps when the caller sees no role yet.
   */
  AgendaItems items();

  /**
   * The items that need the organisation scored: the headline figures under the default scenario,
   * the roles whose scores rest mostly on estimates and the answers that would change the most
   * hours; from the same computation as the Reports page. Empty when there is no scenario or no
   * role.
   */
  Optional<AgendaFigures> figures();
}
