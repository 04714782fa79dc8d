package org.tacit.application.scenarios;

import jakarta.ejb.Local;
import java.util.List;
import org.tacit.application.StaleEditException;

/**
 * The scenarios reports are computed under: everyone who reads reports reads every scenario;
 * strategy analysts and administrators create, copy, change and delete them.
 */
@Local
public interface ScenarioService {

  /**
   * The organisation's scenarios, by name; the presets (cautious, base, continual learning by 2030)
   * at first.
   */
  List<ScenarioSummary> scenarios();

  ScenarioSummary scenario(long id);

  /**
   * Every assumption at its default, with its source, from this year on (the Base preset): where a
   * new scenario starts and what each value is compared with. Not saved: its id is 0.
   */
  ScenarioSummary defaults();

  /**
   * Saves a new scenario (strategy analysts and administrators); a name in use or a value out of
   * range is refused.
   */
  ScenarioSummary create(ScenarioEdit values);

  /** A new scenario with the values of scenario {@code id} under {@code newName}. */
  ScenarioSummary copy(long id, String newName);

  /**
   * Saves new values over scenario {@code id}; {@link StaleEditException}, naming who changed it
   * when, if it changed since {@code values.rowVersion()}, and nothing is written.
   */
  ScenarioSummary save(long id, ScenarioEdit values);

  /**
   * Deletes scenario {@code id} as the caller saw it; the last scenario stays, as reports need one.
   */
  void delete(long id, long rowVersion);
}
