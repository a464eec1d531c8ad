import type { ModelProvider } from "../catalog/index.js";
import { UNKNOWN, type Unknown } from "../facts/unknown.js";
import type { ObservedModel } from "./observed-model.js";

/** One entry of `approvedModels` in the policy config. */
export interface ApprovedModel {
  readonly provider: ModelProvider;
  /** A model identity, or a prefix ending in `*`. */
  readonly model: string;
  /** Azure OpenAI only: the one approved version; any version when absent. */
  readonly version?: string | undefined;
  /** Only in these environments; anywhere when absent. */
  readonly environments?: readonly string[] | undefined;
  /** Only for these workloads; any when absent. */
  readonly workloads?: readonly string[] | undefined;
}

/** Where a resource is, for entries scoped to environments and workloads. */
export interface ApprovalScope {
  readonly environment: string | Unknown;
  /** Empty when the resource has no workload. */
  readonly workload: string | Unknown;
}

type Scope = "environment" | "workload";

export type ApprovalResult =
  /** `pinned` is set when only a version-pinned entry approves it (the version is the approval). */
  | { readonly approved: true; readonly pinned?: string | undefined }
  /** No entry names this model for its provider. */
  | { readonly approved: false; readonly reason: "not-listed" }
  /** Entries name the model, but only with a version it does not pin. */
  | { readonly approved: false; readonly reason: "version-unpinned"; readonly version: string }
  /** Entries name the model, but with other versions. */
  | { readonly approved: false; readonly reason: "version-not-approved"; readonly version: string }
  /** Entries name the model, but for other environments or workloads. */
  | {
      readonly approved: false;
      readonly reason: "out-of-scope";
      readonly scope: Scope;
      readonly allowed: readonly string[];
    }
  /** Whether an entry applies depends on a value not known at preview. */
  | { readonly approved: false; readonly reason: "scope-unknown"; readonly scope: Scope };

/** `*` at the end of an entry makes it a prefix; anything else is an exact match. */
export function matchesModelPattern(pattern: string, model: string): boolean {
  return pattern.endsWith("*") ? model.startsWith(pattern.slice(0, -1)) : model === pattern;
}

/** Whether an entry's list admits a value: yes, no, or unknown while the value is computed. */
function admits(list: readonly string[] | undefined, value: string | Unknown): boolean | Unknown {
  if (list === undefined) return true;
  return value === UNKNOWN ? UNKNOWN : list.includes(value);
}

function union(lists: readonly (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))];
}

/** Narrows entries to those that apply where the resource is, or says why none does. */
function inScope(
  entries: readonly ApprovedModel[],
  scope: ApprovalScope,
): ApprovedModel[] | Extract<ApprovalResult, { reason: "out-of-scope" | "scope-unknown" }> {
  const fits = entries.map((entry) => ({
    entry,
    environment: admits(entry.environments, scope.environment),
    workload: admits(entry.workloads, scope.workload),
  }));
  const applying = fits
    .filter((f) => f.environment === true && f.workload === true)
    .map((f) => f.entry);
  if (applying.length > 0) return applying;
  const unknownScope = fits.find((f) => f.environment === UNKNOWN || f.workload === UNKNOWN);
  if (unknownScope) {
    const scopeName: Scope = unknownScope.environment === UNKNOWN ? "environment" : "workload";
    return { approved: false, reason: "scope-unknown", scope: scopeName };
  }
  const inEnvironment = fits.filter((f) => f.environment === true);
  if (inEnvironment.length === 0) {
    return {
      approved: false,
      reason: "out-of-scope",
      scope: "environment",
      allowed: union(entries.map((e) => e.environments)),
    };
  }
  return {
    approved: false,
    reason: "out-of-scope",
    scope: "workload",
    allowed: union(inEnvironment.map((f) => f.entry.workloads)),
  };
}

/**
 * Decides whether an observed model is on the approved list, where the resource is: an entry
 * scoped to environments or workloads approves the model only there.
 *
 * @example
 * const list = [{ provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" }] as const;
 * checkApproval({ provider: "azure-openai", model: "gpt-4o", field: "model", prefix: "" }, list);
 * // { approved: false, reason: "version-unpinned", version: "2024-11-20" }
 */
export function checkApproval(
  observed: ObservedModel,
  approvedModels: readonly ApprovedModel[],
  scope: ApprovalScope = { environment: "", workload: "" },
): ApprovalResult {
  const sameModel = approvedModels.filter(
    (entry) =>
      entry.provider === observed.provider && matchesModelPattern(entry.model, observed.model),
  );
  if (sameModel.length === 0) return { approved: false, reason: "not-listed" };
  const applying = inScope(sameModel, scope);
  if (!Array.isArray(applying)) return applying;
  if (applying.some((entry) => entry.version === undefined)) return { approved: true };
  if (applying.some((entry) => entry.version === observed.version))
    return { approved: true, pinned: observed.version };

  const approvedVersion = (applying[0] as ApprovedModel).version as string;
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
