import type {
  NotCheckableDetail,
  NoteDetail,
  ViolationDetail,
} from "../violations/violation-detail.js";

/**
 * What one rule found on one resource: what it reports (violations, or notes for an advisory
 * rule), and what it could not decide.
 */
export interface Evaluation {
  readonly violations: (ViolationDetail | NoteDetail)[];
  readonly notCheckable: NotCheckableDetail[];
}

export function emptyEvaluation(): Evaluation {
  return { violations: [], notCheckable: [] };
}
