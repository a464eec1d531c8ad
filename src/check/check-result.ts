import type { EnforcementLevelName } from "../engine/policy-diagnostic.js";
import type { RegisteredResource } from "../engine/registered-resource.js";
import type { InputChange } from "./remediation-changes.js";
import type { FindingDetail } from "../violations/violation-detail.js";

/** Where in the program a resource was constructed: path relative to the program directory. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One policy diagnostic on one resource, as `aigov check` reports it. */
export interface CheckFinding {
  readonly policy: string;
  readonly enforcementLevel: "advisory" | "mandatory";
  readonly severity?: string | undefined;
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** The violation sentence, without the policy description the pack prefixes. */
  readonly message: string;
  readonly description: string;
  /** The finding as data, when the message is one this pack writes. */
  readonly detail?: FindingDetail | undefined;
  readonly location?: SourceLocation | undefined;
  /** The program's frames of the constructor call: the `new`, then the calls that led to it. */
  readonly frames: readonly SourceLocation[];
}

export interface CheckedResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly isAi: boolean;
  /** The program's own frames of the constructor call, innermost (the `new`) first. */
  readonly frames: readonly SourceLocation[];
  readonly location?: SourceLocation | undefined;
}

/** A policy of the pack, as configured for this run, whether or not it found anything. */
export interface CheckedPolicy {
  readonly name: string;
  readonly description: string;
  readonly enforcementLevel: EnforcementLevelName;
}

/** Inputs a policy set at the `remediate` level, which the deployment would use. */
export interface CheckRemediation {
  readonly policy: string;
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly changes: readonly InputChange[];
  readonly location?: SourceLocation | undefined;
}

export interface CheckResult {
  /** The program's directory; for a stack export, the directory that holds the file. */
  readonly programDirectory: string;
  /** The stack export checked instead of a program (`--state`), as an absolute path. */
  readonly stateFile?: string | undefined;
  readonly project: string;
  readonly stack: string;
  readonly packName: string;
  readonly packVersion: string;
  readonly packDirectory: string;
  /** Every policy of the pack, in the pack's order, with its level in this run. */
  readonly policies: readonly CheckedPolicy[];
  /** Policies disabled by default or by the config: a clean report says nothing about them. */
  readonly disabledPolicies: readonly string[];
  readonly resources: readonly CheckedResource[];
  readonly findings: readonly CheckFinding[];
  readonly remediations: readonly CheckRemediation[];
  /** Every registration as the engine saw it, for the fixer: inputs, providers, frames. */
  readonly registrations: readonly RegisteredResource[];
  /** Stack config the program ran with: `<namespace>:<key>` to string. */
  readonly stackConfig: Readonly<Record<string, string>>;
  /** Lines the program and the pack printed while running. */
  readonly programOutput: readonly string[];
  readonly packLogs: readonly string[];
}

export function countByLevel(findings: readonly CheckFinding[]): {
  mandatory: number;
  advisory: number;
} {
  const mandatory = findings.filter((f) => f.enforcementLevel === "mandatory").length;
  return { mandatory, advisory: findings.length - mandatory };
}
