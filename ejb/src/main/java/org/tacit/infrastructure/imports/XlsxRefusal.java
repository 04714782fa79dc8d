package org.tacit.infrastructure.imports;

import org.tacit.domain.model.inventory.imports.ImportProblem;

/**
 * Ends reading a workbook that goes past one of its {@link XlsxLimits}; it carries the problem to
 * report and no stack, since it is an answer, not an error.
 */
final class XlsxRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ImportProblem problem;

  XlsxRefusal(ImportProblem problem) {
    super(problem.message(), null, false, false);
    this.problem = problem;
  }

  ImportProblem problem() {
    return problem;
  }
}
