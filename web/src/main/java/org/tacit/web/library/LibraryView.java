package org.tacit.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.tacit.application.library.LibraryReleaseSummary;
import org.tacit.application.library.OccupationDetail;
import org.tacit.application.library.OccupationLibrary;
import org.tacit.application.library.OccupationSummary;

/** The O*NET library page: search occupations, read one with its tasks. */
@Named
@ViewScoped
public class LibraryView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @EJB OccupationLibrary library;

  private LibraryReleaseSummary release;
  private String query;
  private List<OccupationSummary> occupations = List.of();
  private OccupationDetail occupation;

  @PostConstruct
  void load() {
    release = library.release().orElse(null);
    query = Faces.getRequestParameter("q");
    search();
    String code = Faces.getRequestParameter("occupation");
    if (code != null) {
      occupation = library.occupation(code).orElse(null);
    }
  }

  public void search() {
    occupations = library.search(query == null ? "" : query, SHOWN);
  }

  public void show(OccupationSummary summary) {
    occupation = library.occupation(summary.code()).orElse(null);
  }

  /** Whether the list was cut at its limit, so the page can ask for a narrower search. */
  public boolean isMore() {
    return occupations.size() >= SHOWN;
  }

  public LibraryReleaseSummary getRelease() {
    return release;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<OccupationSummary> getOccupations() {
    return occupations;
  }

  public OccupationDetail getOccupation() {
    return occupation;
  }
}
