package org.tacit.domain.model.library;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of work a detailed work activity (DWA) is, read from where O*NET's content model files
 * it: the generalized work activity (element 4.A.x.x.x) its id starts with. Four kinds, each a few
 * whole branches of the taxonomy, so that anyone can check a task's profile against O*NET:
 *
 * <ul>
 *   <li>{@link #HANDS_ON}: performing physical and manual work (4.A.3.a: general physical
 *       activities, handling and moving objects, controlling machines, operating vehicles),
 *       repairing and maintaining equipment (4.A.3.b.4, 4.A.3.b.5), and assisting and caring for
 *       others (4.A.4.a.5: treatments, emergency care, care for plants or animals), which is done
 *       with hands, in someone's presence.
 *   <li>{@link #INFORMATION}: getting information (4.A.1.a.1), the mental processes (4.A.2:
 *       judging, processing, analysing, deciding, creating, planning), working with computers
 *       (4.A.3.b.1), drafting and specifying (4.A.3.b.2), documenting and recording (4.A.3.b.6),
 *       and administrative activities (4.A.4.c.1).
 *   <li>{@link #PEOPLE}: communicating and interacting (4.A.4.a, except caring), coordinating,
 *       developing, managing and advising others (4.A.4.b), staffing (4.A.4.c.2).
 *   <li>{@link #OBSERVING}: monitoring processes, materials or surroundings (4.A.1.a.2),
 *       identifying, inspecting and estimating (4.A.1.b), monitoring resources (4.A.4.c.3). These
 *       may be done on site or on a screen ("inspect vehicles" beside "monitor financial data"), so
 *       they count half towards hands-on and half towards information work.
 * </ul>
 */
public enum WorkActivity {
  HANDS_ON,
  INFORMATION,
  PEOPLE,
  OBSERVING;

  /** Most specific branch first: caring (4.A.4.a.5) before the rest of 4.A.4.a. */
  private static final List<Map.Entry<String, WorkActivity>> BRANCHES =
      List.of(
          Map.entry("4.A.4.a.5", HANDS_ON),
          Map.entry("4.A.4.c.1", INFORMATION),
          Map.entry("4.A.4.c.3", OBSERVING),
          Map.entry("4.A.1.a.1", INFORMATION),
          Map.entry("4.A.1.a.2", OBSERVING),
          Map.entry("4.A.1.b", OBSERVING),
          Map.entry("4.A.2", INFORMATION),
          Map.entry("4.A.3.a", HANDS_ON),
          Map.entry("4.A.3.b.1", INFORMATION),
          Map.entry("4.A.3.b.2", INFORMATION),
          Map.entry("4.A.3.b.4", HANDS_ON),
          Map.entry("4.A.3.b.5", HANDS_ON),
          Map.entry("4.A.3.b.6", INFORMATION),
          Map.entry("4.A.4", PEOPLE));

  /**
   * The kind of a work activity by its O*NET id: a generalized work activity (4.A.2.a.4), or an
   * intermediate or detailed one, whose ids start with it (4.A.2.a.4.I09.D03). Empty for an id
   * outside the branches above.
   */
  public static Optional<WorkActivity> ofElement(String id) {
    String element = id == null ? "" : id.strip();
    return BRANCHES.stream()
        .filter(b -> element.equals(b.getKey()) || element.startsWith(b.getKey() + "."))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
