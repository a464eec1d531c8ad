import type { PolicyName } from "../config/policy-names.js";
import type { ExemptionRef, NoteDetail, ViolationDetail } from "../violations/violation-detail.js";
import type { Evaluation } from "./evaluation.js";
import { waivingExemption, type MatchedExemption } from "./exemption-match.js";

const noteCodes: ReadonlySet<string> = new Set<NoteDetail["code"]>([
  "exemption-applied",
  "exemption-expired",
  "model-retiring",
]);

function isViolation(detail: ViolationDetail | NoteDetail): detail is ViolationDetail {
  return !noteCodes.has(detail.code);
}

function refOf(policy: PolicyName, match: MatchedExemption): ExemptionRef {
  const { resource, owner, expires, reason } = match.exemption;
  return { policy, index: match.index, resource, owner, expires, reason };
}

/**
 * What a policy's exemptions did on one resource: each violation a live exemption waived, and
 * each exemption naming the resource that has expired (it no longer waives anything, and the
 * config should say so).
 */
export function exemptionNotes(
  policy: PolicyName,
  matches: readonly MatchedExemption[],
  evaluation: Evaluation,
): NoteDetail[] {
  const notes: NoteDetail[] = matches
    .filter((match) => match.state === "expired")
    .map((match) => ({ code: "exemption-expired", exemption: refOf(policy, match) }));
  const waiver = waivingExemption(matches);
  if (!waiver) return notes;
  for (const violation of evaluation.violations.filter(isViolation)) {
    notes.push({
      code: "exemption-applied",
      exemption: refOf(policy, waiver),
      daysLeft: waiver.daysLeft,
      waived: violation,
    });
  }
  return notes;
}
