import type { ModelProvider } from "../catalog/index.js";
import type { ObservedModel } from "./observed-model.js";

/** One entry of `approvedModels` in the policy config. */
export interface ApprovedModel {
  readonly provider: ModelProvider;
  /** A model identity, or a prefix ending in `*`. */
  readonly model: string;
  /** Azure OpenAI only: the one approved version; any version when absent. */
  readonly version?: string | undefined;
}

export type ApprovalResult =
  | { readonly approved: true }
  /** No entry names this model for its provider. */
  | { readonly approved: false; readonly reason: "not-listed" }
  /** Entries name the model, but only with a version it does not pin. */
  | { readonly approved: false; readonly reason: "version-unpinned"; readonly version: string }
  /** Entries name the model, but with other versions. */
  | { readonly approved: false; readonly reason: "version-not-approved"; readonly version: string };

/** `*` at the end of an entry makes it a prefix; anything else is an exact match. */
export function matchesModelPattern(pattern: string, model: string): boolean {
  return pattern.endsWith("*") ? model.startsWith(pattern.slice(0, -1)) : model === pattern;
}

/**
 * Decides whether an observed model is on the approved list.
 *
 * @example
 * const list = [{ provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" }] as const;
 * checkApproval({ provider: "azure-openai", model: "gpt-4o", field: "model", prefix: "" }, list);
 * // { approved: false, reason: "version-unpinned", version: "2024-11-20" }
 */
export function checkApproval(
  observed: ObservedModel,
  approvedModels: readonly ApprovedModel[],
): ApprovalResult {
  const sameModel = approvedModels.filter(
    (entry) =>
      entry.provider === observed.provider && matchesModelPattern(entry.model, observed.model),
  );
  if (sameModel.length === 0) return { approved: false, reason: "not-listed" };
  if (sameModel.some((entry) => entry.version === undefined)) return { approved: true };
  if (sameModel.some((entry) => entry.version === observed.version)) return { approved: true };

  const approvedVersion = (sameModel[0] as ApprovedModel).version as string;
  return observed.version === undefined
    ? { approved: false, reason: "version-unpinned", version: approvedVersion }
    : { approved: false, reason: "version-not-approved", version: approvedVersion };
}

/** A replacement to suggest: the model to write, and the version the approved entry requires. */
export interface Replacement {
  readonly model: string;
  readonly version?: string | undefined;
}

/**
 * Looks up the configured replacement for a model. For Azure OpenAI the replacement also carries
 * the version its approved entry pins, since a deployment must name both.
 */
export function findReplacement(
  observed: ObservedModel,
  replacements: Readonly<Record<string, string>>,
  approvedModels: readonly ApprovedModel[],
): Replacement | undefined {
  // Own keys only: a model named "toString" must not find Object.prototype's.
  if (!Object.hasOwn(replacements, observed.model)) return undefined;
  const target = replacements[observed.model];
  if (target === undefined || target === observed.model) return undefined;
  // A replacement approved only for another provider cannot be written into this resource.
  const entry = approvedModels.find(
    (candidate) =>
      candidate.provider === observed.provider && matchesModelPattern(candidate.model, target),
  );
  return entry ? { model: target, version: entry.version } : undefined;
}
