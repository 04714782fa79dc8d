package org.tacit.application.assessment.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tacit.application.NotFoundException;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.assessment.DraftPreview;
import org.tacit.application.assessment.DraftPreview.RoleMove;
import org.tacit.application.assessment.OnetEstimates;
import org.tacit.application.assessment.Reassessment;
import org.tacit.application.assessment.RuleSetEdit;
import org.tacit.application.assessment.RuleSetSummary;
import org.tacit.application.assessment.RuleSets;
import org.tacit.domain.model.assessment.RuleSetVersion;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.scoring.Rule;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.RuleSources;
import org.tacit.domain.scoring.Rules;
import org.tacit.domain.scoring.Score;
import org.tacit.domain.scoring.Scorer;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class RuleSetsBean implements RuleSets {

  private static final int ROLES_SHOWN = 10;

  @Inject Callers callers;
  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;

  @Override
  public RuleSetSummary published() {
    return view(runs.published());
  }

  @Override
  public List<RuleSetSummary> versions() {
    return runs.ruleSets().stream().map(RuleSetsBean::view).toList();
  }

  @Override
  public Optional<RuleSetSummary> draft() {
    return runs.draft().map(RuleSetsBean::view);
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public RuleSetSummary startDraft() {
    int newest = runs.newestVersionLocked();
    Optional<RuleSetVersion> existing = runs.draft();
    if (existing.isPresent()) {
      return view(existing.get());
    }
    RuleSetVersion draft =
        RuleSetVersion.draft(
            newest + 1, runs.published().ruleSet(), callers.current().username(), now());
    runs.add(draft);
    runs.flush();
    return view(draft);
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public RuleSetSummary saveDraft(RuleSetEdit edit) {
    RuleSetVersion draft = currentDraft(edit.rowVersion());
    draft.revise(
        edit.weights(),
        edit.learningNeedThreshold(),
        edit.automationReadinessThreshold(),
        edit.estimateCredit(),
        edit.note());
    flush();
    return view(draft);
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public DraftPreview previewDraft() {
    RuleSetVersion draft =
        runs.draft().orElseThrow(() -> NotFoundException.saying("notFound.draft"));
    RuleSet published = runs.published().ruleSet();
    RuleSet proposed = draft.ruleSet();
    Map<String, Map<String, Integer>> transitions = RunComparisons.emptyTransitions();
    Map<Long, double[]> byRole = new LinkedHashMap<>(); // tasks, changing class, total shift
    Map<Long, TaskInput> roleOf = new LinkedHashMap<>();
    int changing = 0;
    List<TaskInput> inputs =
        new Reassessment(runs, new OnetEstimates(library)).inputs(ScopeTasks.organisation());
    for (TaskInput task : inputs) {
      Score now = Scorer.score(task.facts(), published);
      Score then = Scorer.score(task.facts(), proposed);
      transitions.get(now.taskClass().name()).merge(then.taskClass().name(), 1, Integer::sum);
      boolean moves = now.taskClass() != then.taskClass();
      changing += moves ? 1 : 0;
      double[] role = byRole.computeIfAbsent(task.roleId(), id -> new double[3]);
      roleOf.putIfAbsent(task.roleId(), task);
      role[0]++;
      role[1] += moves ? 1 : 0;
      role[2] += shift(now, then);
    }
    List<RoleMove> roles = new ArrayList<>();
    byRole.forEach(
        (roleId, m) -> {
          TaskInput task = roleOf.get(roleId);
          roles.add(
              new RoleMove(
                  roleId,
                  task.roleTitle(),
                  task.departmentCode(),
                  (int) m[0],
                  (int) m[1],
                  Math.round(m[2] / m[0] * 100) / 100.0));
        });
    roles.sort(
        Comparator.comparingInt(RoleMove::changingClass)
            .thenComparingDouble(RoleMove::meanShift)
            .reversed());
    return new DraftPreview(
        published.version(),
        proposed.version(),
        inputs.size(),
        changing,
        transitions,
        roles.subList(0, Math.min(ROLES_SHOWN, roles.size())));
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public RuleSetSummary publishDraft(long rowVersion) {
    RuleSetVersion draft = currentDraft(rowVersion);
    draft.publish(callers.current().username(), now());
    flush();
    SecurityLog.success(
        callers.current().username(), "rule-set-publish", "rule set version " + draft.version());
    return view(draft);
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public void discardDraft(long rowVersion) {
    runs.remove(currentDraft(rowVersion));
    flush();
  }

  private RuleSetVersion currentDraft(long rowVersion) {
    RuleSetVersion draft =
        runs.draft().orElseThrow(() -> StaleEditException.saying("stale.draftGone"));
    if (draft.rowVersion() != rowVersion) {
      throw StaleEditException.saying("stale.draft");
    }
    return draft;
  }

  private void flush() {
    try {
      runs.flush();
    } catch (OptimisticLockException e) {
      throw StaleEditException.saying("stale.draft");
    }
  }

  private static double shift(Score a, Score b) {
    return Math.abs(a.learningNeed().orElse(0) - b.learningNeed().orElse(0))
        + Math.abs(a.automationReadiness().orElse(0) - b.automationReadiness().orElse(0));
  }

  static RuleSetSummary view(RuleSetVersion stored) {
    RuleSet ruleSet = stored.ruleSet();
    List<RuleSetSummary.RuleWeight> rules = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      rules.add(
          new RuleSetSummary.RuleWeight(
              rule.id(),
              rule.fact().column(),
              rule.axis() == Axis.LEARNING_NEED ? "L" : "A",
              RuleSources.direction(rule),
              rule.fact().description(),
              ruleSet.weight(rule.id())));
    }
    return new RuleSetSummary(
        stored.version(),
        stored.rowVersion(),
        stored.status().name(),
        ruleSet.learningNeedThreshold(),
        ruleSet.automationReadinessThreshold(),
        ruleSet.estimateCredit(),
        stored.note().orElse(null),
        stored.createdAt(),
        stored.createdBy(),
        stored.publishedAt().orElse(null),
        stored.publishedBy().orElse(null),
        rules);
  }

  private static Instant now() {
    return Instant.now(Clock.systemUTC());
  }
}
