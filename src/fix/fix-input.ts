import type { SourceLocation } from "../check/check-result.js";
import type { ViolationDetail } from "../violations/violation-detail.js";

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
}

/** A violation to fix: the policy's finding as data, on one resource. */
export interface FixFinding {
  readonly policy: string;
  readonly urn: string;
  readonly detail: ViolationDetail;
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
}

/** A fix the planner made: what it does, for which resources. */
export interface PlannedFix {
  readonly code: ViolationDetail["code"];
  readonly urns: readonly string[];
  readonly summary: string;
}

/** A violation that needs a person, with where to look and what to do. */
export interface ManualStep {
  readonly location?: string | undefined;
  readonly urns: readonly string[];
  readonly message: string;
}
