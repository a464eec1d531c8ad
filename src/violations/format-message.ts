import type { FindingDetail, ModelRef } from "./violation-detail.js";

/** Quotes a value the way every message does, so parse-message.ts can read it back. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

function quoteList(values: readonly string[]): string {
  return values.map(quote).join(", ");
}

/** A pattern as `/.../`, or JSON-quoted when it holds a line break that would split the message. */
function patternText(pattern: string): string {
  return /[\r\n\u2028\u2029]/.test(pattern) ? quote(pattern) : `/${pattern}/`;
}

function modelText(model: ModelRef): string {
  return model.version === undefined
    ? quote(model.value)
    : `${quote(model.value)} version ${quote(model.version)}`;
}

const unresolvableArnKinds: Readonly<Record<string, string>> = {
  "provisioned-throughput": "a provisioned-throughput ARN",
  "custom-model": "a custom-model ARN",
  "imported-model": "an imported-model ARN",
  "application-inference-profile": "an application-inference-profile ARN",
  "unrecognised-arn": "an ARN the pack does not recognise",
};

/**
 * The one sentence shown for a finding: what to change, the value observed, what is expected.
 * It never names the resource or the policy; Pulumi prints those beside it.
 *
 * @example
 * formatFinding({ code: "misspelled-tag-key", found: "CostCenter", expected: "cost-center" });
 * // 'Rename tag key "CostCenter" to "cost-center", the required spelling.'
 */
export function formatFinding(detail: FindingDetail): string {
  switch (detail.code) {
    case "missing-tags": {
      const noun = detail.missing.length === 1 ? "tag" : "tags";
      const has = detail.present.length === 0 ? "no tags" : quoteList(detail.present);
      return `Add the required ${noun} ${quoteList(detail.missing)}; the resource has ${has}.`;
    }
    case "misspelled-tag-key":
      return `Rename tag key ${quote(detail.found)} to ${quote(detail.expected)}, the required spelling.`;
    case "empty-tag-value":
      return `Give tag ${quote(detail.key)} a non-empty value; it is empty.`;
    case "tag-value-not-allowed":
      return `Set tag ${quote(detail.key)} to one of ${quoteList(detail.allowed)}; it is ${quote(detail.value)}.`;
    case "tag-value-mismatch":
      return `Set tag ${quote(detail.key)} to a value matching ${patternText(detail.pattern)}; it is ${quote(detail.value)}.`;
    case "malformed-tags":
      return `Set tags to a map of strings; it is ${detail.shape}.`;
    case "malformed-tag-value":
      return `Set tag ${quote(detail.key)} to a string; it is ${detail.shape}.`;
    case "unapproved-model":
      if (detail.replacement) {
        return `Replace model ${modelText(detail.model)} in ${detail.field} with ${modelText(detail.replacement)}, the approved ${detail.provider} replacement.`;
      }
      return detail.approved.length === 0
        ? `Use an approved ${detail.provider} model in ${detail.field} instead of ${modelText(detail.model)}; no ${detail.provider} model is approved.`
        : `Use an approved ${detail.provider} model in ${detail.field} instead of ${modelText(detail.model)}; approved: ${quoteList(detail.approved)}.`;
    case "model-version-not-approved": {
      const observed =
        detail.model.version === undefined ? "it has none" : `it is ${quote(detail.model.version)}`;
      return `Set the version of model ${quote(detail.model.value)} in ${detail.field} to ${quote(detail.approvedVersion)}, the approved version; ${observed}.`;
    }
    case "tags-unknown":
      return "Tags are not known at preview, so required tags can only be checked at update.";
    case "default-tags-unknown":
      return `The provider's default tags are not known at preview, so tags ${quoteList(detail.keys)} can only be checked at update.`;
    case "tag-value-unknown":
      return `The value of tag ${quote(detail.key)} is not known at preview, so it can only be checked at update.`;
    case "model-unknown":
      return `The model in ${detail.field} is not known at preview, so it can only be checked at update.`;
    case "model-unresolvable":
      return `Model ${quote(detail.model)} in ${detail.field} is ${unresolvableArnKinds[detail.resource] ?? "an ARN"}, which does not name its base model before deployment; check the model it was created from.`;
    case "model-external":
      return `Model ${quote(detail.model)} in ${detail.field} is served by ${detail.vendor}, which the approved list does not cover.`;
    case "parent-outside-stack":
      return `Spend is billed to the ${detail.parentKind} ${quote(detail.link)}, which this stack does not manage, so its tags can't be checked here.`;
  }
}

export { unresolvableArnKinds };
