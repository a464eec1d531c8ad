import { allPolicyNames, policyNames } from "../../src/config/policy-names";
import { lookupAiResourceKind } from "../../src/catalog";
import { violationSentence } from "../../src/check/run-check";
import type { PolicyDiagnostic } from "../../src/engine/policy-diagnostic";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { parseFinding } from "../../src/violations/parse-message";

/**
 * What the pack decided about one resource, from the diagnostics it sent for the resource's URN:
 *
 * - `pass`: no diagnostic at all, from any policy. A pass is silence, as Pulumi shows it.
 * - `violation`: at least one diagnostic from an enforcing policy (or the exemption note of one
 *   it waived), each a sentence parse-message.ts reads back into a finding.
 * - `not-checkable`: only `ai-not-checkable` diagnostics: the pack said it cannot decide yet.
 *
 * Anything else is `broken`: a policy the pack does not have, a "can't run" message from the
 * policy SDK (an unknown value the policy touched), or a sentence no finding parses from.
 */
export type Outcome = "pass" | "violation" | "not-checkable" | "broken";

const known = new Set<string>(allPolicyNames);

/** Why a diagnostic is not a finding the pack meant to send, or `undefined` when it is one. */
export function brokenReason(diagnostic: PolicyDiagnostic): string | undefined {
  if (!known.has(diagnostic.policyName)) return `unknown policy ${diagnostic.policyName}`;
  const sentence = violationSentence(diagnostic);
  if (diagnostic.message.includes("can't run")) return `the SDK could not run it: ${sentence}`;
  if (parseFinding(sentence) === undefined) return `no finding parses from: ${sentence}`;
  return undefined;
}

export function outcomeOf(diagnostics: readonly PolicyDiagnostic[]): Outcome {
  if (diagnostics.length === 0) return "pass";
  if (diagnostics.some((d) => brokenReason(d) !== undefined)) return "broken";
  if (diagnostics.every((d) => d.policyName === policyNames.notCheckable)) return "not-checkable";
  return "violation";
}

export function isAiResource(resource: RegisteredResource): boolean {
  return lookupAiResourceKind(resource.type, resource.inputs) !== undefined;
}

/**
 * Whether the resource must not pass: it carries its own tags, the config requires tags, and
 * what it passes as `tags` is no map at all (absent, a list, a number...). Provider default tags
 * in these runs never hold a required key, so nothing else can make up for it.
 */
export function cannotPass(resource: RegisteredResource): boolean {
  const kind = lookupAiResourceKind(resource.type, resource.inputs);
  if (kind?.attribution.kind !== "own-tags") return false;
  const tags = resource.inputs.tags;
  return typeof tags !== "object" || tags === null || Array.isArray(tags);
}
