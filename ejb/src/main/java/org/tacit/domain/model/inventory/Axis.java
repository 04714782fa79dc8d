package org.tacit.domain.model.inventory;

/**
 * The two independent questions Tacit asks of every task. They are kept apart because exposure to
 * AI says nothing about how much of the task is learned on the job.
 */
public enum Axis {
  /** How much doing the task well depends on learning on the job. */
  LEARNING_NEED,
  /** How far today's pre-trained AI can do the task unaided. */
  AUTOMATION_READINESS
}
