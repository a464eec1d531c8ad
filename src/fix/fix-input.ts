import type { SourceLocation } from "../check/check-result.js";
import type { CompiledRequiredTag } from "../policies/evaluate-required-tags.js";
import type { FindingDetail } from "../violations/violation-detail.js";
import type { ProgramFiles } from "./program-files.js";

/** A resource as the fixer knows it: where the program constructed it and what it carries. */
export interface FixResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** A custom resource, which carries tags; components only pass their args on. */
  readonly custom: boolean;
  /** The program's frames of the constructor call, innermost first; empty when unknown. */
  readonly frames: readonly SourceLocation[];
  /** The URN of the explicit provider it uses, if it names one. */
  readonly providerUrn?: string | undefined;
  /** AI resources that carry their own tags, for values other resources agree on. */
  readonly ownTags?: ReadonlyMap<string, string> | undefined;
  /** The `tags` input as registered, of any custom resource; only a check run records it. */
  readonly inputTags?: Readonly<Record<string, unknown>> | undefined;
}

/** A violation to fix: the policy's finding as data, on one resource. */
export interface FixFinding {
  readonly policy: string;
  readonly urn: string;
  readonly detail: FindingDetail;
}

/** Everything the fixer plans from; sources differ (a check run, a saved report, an event log). */
export interface FixInput {
  readonly programDir: string;
  readonly project: string;
  /** `Pulumi.<stack>.yaml`, relative to the program directory, when the stack has one. */
  readonly stackFile?: string | undefined;
  /** Stack config: `<namespace>:<key>` to string. */
  readonly stackConfig: Readonly<Record<string, string>>;
  readonly resources: readonly FixResource[];
  readonly findings: readonly FixFinding[];
  /** Values given with `--tag key=value`. */
  readonly tagValues: ReadonlyMap<string, string>;
  /**
   * Whether `resources` is every resource the program registers (a check run) or only those
   * with violations (a saved report or log). Without the whole program the fixer cannot see who
   * else uses a shared object, so it edits only what is written at the call itself.
   */
  readonly complete: boolean;
  /** The required tags' rules, to refuse writing a value the policy would reject again. */
  readonly requiredTags: readonly CompiledRequiredTag[];
  /** The program's files as already read and parsed to gather this input, to plan from. */
  readonly files?: ProgramFiles | undefined;
}

/** A fix the planner made: what it does, for which resources. */
export interface PlannedFix {
  readonly code: FindingDetail["code"];
  readonly urns: readonly string[];
  readonly summary: string;
}

/** A violation that needs a person, with where to look and what to do. */
export interface ManualStep {
  readonly location?: string | undefined;
  readonly urns: readonly string[];
  readonly message: string;
}
