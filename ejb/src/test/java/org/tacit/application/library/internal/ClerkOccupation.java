package org.tacit.application.library.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationTask;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.domain.model.library.TaskType;
import org.tacit.domain.model.library.WorkContext;

/**
 * O*NET's bookkeeping clerks as the tests' library holds them: 1–3 months on the job, a work
 * context, Active Learning 60, and one task of theirs, done four times a workday and made of
 * information work only.
 */
public final class ClerkOccupation {

  public static final String CODE = "43-3031.00";
  public static final String TITLE = "Bookkeeping, Accounting, and Auditing Clerks";
  public static final String MATCHING = "Match invoices to purchase orders";

  private ClerkOccupation() {}

  public static Occupation persist(EntityManager em) {
    Occupation clerks = new Occupation(CODE, TITLE, null);
    clerks.prepare(3, OnTheJobTraining.ofCategory(4).orElseThrow());
    clerks.describeWork(
        new WorkContext(
            new BigDecimal("0.38"),
            new BigDecimal("0.97"),
            new BigDecimal("0.7"),
            new BigDecimal("0.5")),
        60);
    em.persist(clerks);
    em.persist(
        new OccupationTask(
            clerks,
            1001,
            MATCHING,
            TaskType.CORE,
            TaskRating.of(new BigDecimal("4"), new BigDecimal("4.2")),
            new ActivityProfile(0, 3, 0, 0)));
    return clerks;
  }
}
