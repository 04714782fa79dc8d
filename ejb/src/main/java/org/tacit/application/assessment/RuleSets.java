package org.tacit.application.assessment;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.tacit.application.StaleEditException;

/**
 * The versioned rule sets: everyone may read them (the numbers behind every score are public to its
 * readers); administrators draft, preview and publish a new version.
 */
@Local
public interface RuleSets {

  /** The version new scores use. */
  RuleSetSummary published();

  /** Every version, newest (the draft, if any) first. */
  List<RuleSetSummary> versions();

  Optional<RuleSetSummary> draft();

  /** The draft, started from the published version if there is none yet. */
  RuleSetSummary startDraft();

  /**
   * Refused with {@link StaleEditException} when someone changed the draft since {@code
   * edit.rowVersion()}.
   */
  RuleSetSummary saveDraft(RuleSetEdit edit);

  DraftPreview previewDraft();

  RuleSetSummary publishDraft(long rowVersion);

  void discardDraft(long rowVersion);
}
