package org.tacit.application.library.internal;

import jakarta.persistence.EntityManager;
import java.util.Set;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * The library's beans wired by hand on one persistence context, as the container would wire them.
 */
public final class LibraryBeans {

  public static final CallerScope ADA = new CallerScope("ada", Set.of(CallerScope.ADMIN), Set.of());
  public static final CallerScope HEDDA =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));
  public static final CallerScope VIC =
      new CallerScope("vic", Set.of(CallerScope.VIEWER), Set.of("OPS"));

  private LibraryBeans() {}

  public static OccupationLibraryBean service(EntityManager em, CallerScope caller) {
    OccupationLibraryBean bean = new OccupationLibraryBean();
    bean.callers =
        new Callers() {
          @Override
          public CallerScope current() {
            return caller;
          }
        };
    bean.library = new OccupationRepository(em);
    bean.inventory = new InventoryRepository(em);
    bean.writer = writer(em);
    bean.roles = new RoleFromOccupation();
    bean.roles.inventory = bean.inventory;
    bean.roles.library = bean.library;
    return bean;
  }

  public static LibraryWriter writer(EntityManager em) {
    LibraryWriter writer = new LibraryWriter();
    writer.library = new OccupationRepository(em);
    return writer;
  }
}
