package org.tacit.domain.model.assessment;

/**
 * A draft is edited and previewed by admins; a published version scores, and never changes again.
 */
public enum RuleSetStatus {
  DRAFT,
  PUBLISHED
}
