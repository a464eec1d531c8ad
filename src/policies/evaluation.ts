import type { NotCheckableDetail, ViolationDetail } from "../violations/violation-detail.js";

/** What one check found on one resource: violations, and what it could not decide. */
export interface Evaluation {
  readonly violations: ViolationDetail[];
  readonly notCheckable: NotCheckableDetail[];
}

export function emptyEvaluation(): Evaluation {
  return { violations: [], notCheckable: [] };
}
