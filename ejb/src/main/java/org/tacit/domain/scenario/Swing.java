package org.tacit.domain.scenario;

/**
 * How far each assumption can reasonably swing either way from its default: its cautious and its
 * fast value, with the evidence for each in docs/method.md ("How sure is the headline?"). The
 * cautious and fast presets take all of them at once; the sensitivity of the headline takes one at
 * a time. The horizon's level is measured, not assumed, so only its pace swings.
 */
public enum Swing {

  /** 12 months, the slowest pace any METR fit shows | 4.5 months, METR's pace since 2023. */
  DOUBLING_TIME {
    @Override
    Scenario cautious(Scenario s) {
      return s.withDoublingMonths(12);
    }

    @Override
    Scenario fast(Scenario s) {
      return s.withDoublingMonths(4.5);
    }
  },
  /** Half the default, as far below the RLI as the check allows | twice it. */
  REAL_WORK {
    @Override
    Scenario cautious(Scenario s) {
      return s.withRealWorkShare(Scenarios.REAL_WORK_SHARE / 2);
    }

    @Override
    Scenario fast(Scenario s) {
      return s.withRealWorkShare(Math.min(1, Scenarios.REAL_WORK_SHARE * 2));
    }
  },
  /** The 80 % horizon from error cost 3 on | only for error cost 5, and 0.3 of the 50 % one. */
  RELIABILITY {
    @Override
    Scenario cautious(Scenario s) {
      return s.withReliability(s.reliableHorizonShare().value(), 1, 3);
    }

    @Override
    Scenario fast(Scenario s) {
      return s.withReliability(0.3, 3, 5);
    }
  },
  /** Never, the default | 2030. */
  CONTINUAL_LEARNING {
    @Override
    Scenario cautious(Scenario s) {
      return s.withContinualLearning(ContinualLearning.never());
    }

    @Override
    Scenario fast(Scenario s) {
      return s.withContinualLearning(ContinualLearning.in(2030));
    }
  },
  /** A quarter of scattered freed hours captured | three quarters. */
  CAPTURE {
    @Override
    Scenario cautious(Scenario s) {
      return s.withCaptureOfFragments(0.25);
    }

    @Override
    Scenario fast(Scenario s) {
      return s.withCaptureOfFragments(0.75);
    }
  },
  /** Eight years, the former straight line for a diffusion S-curve | three. */
  ADOPTION {
    @Override
    Scenario cautious(Scenario s) {
      return s.withAdoptionYears(8);
    }

    @Override
    Scenario fast(Scenario s) {
      return s.withAdoptionYears(3);
    }
  };

  /** The assumption this swing moves. */
  public ScenarioAssumption which() {
    return switch (this) {
      case DOUBLING_TIME -> ScenarioAssumption.DOUBLING_MONTHS;
      case REAL_WORK -> ScenarioAssumption.REAL_WORK_SHARE;
      case RELIABILITY -> ScenarioAssumption.RELIABLE_HORIZON_FROM_ERROR_COST;
      case CONTINUAL_LEARNING -> ScenarioAssumption.CONTINUAL_LEARNING;
      case CAPTURE -> ScenarioAssumption.CAPTURE_OF_FRAGMENTS;
      case ADOPTION -> ScenarioAssumption.ADOPTION_YEARS;
    };
  }

  /**
   * The assumption this swing moves, as {@code scenario} holds it (its value beside its default).
   */
  public Assumption<?> assumption(Scenario scenario) {
    return which().in(scenario);
  }

  /** The scenario with this assumption at its cautious value. */
  abstract Scenario cautious(Scenario scenario);

  /** The scenario with this assumption at its fast value. */
  abstract Scenario fast(Scenario scenario);
}
