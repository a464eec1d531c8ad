import { lookupAiResourceKind } from "../catalog/index.js";
import type { PolicyDiagnostic } from "../engine/policy-diagnostic.js";
import type { RegisteredResource, StackContext } from "../engine/registered-resource.js";
import type { PolicyPackResult } from "../engine/run-policy-pack.js";
import { parseFinding } from "../violations/parse-message.js";
import type { CheckFinding, CheckResult, CheckedResource } from "./check-result.js";
import { redactSecrets, secretTexts } from "./redact-secrets.js";
import { remediationChanges } from "./remediation-changes.js";
import { programFrames } from "./source-location.js";

/** What a check ran on and what the pack said: a program's run, or a stack export's resources. */
export interface CheckRun {
  readonly programDirectory: string;
  readonly stateFile?: string | undefined;
  readonly stack: StackContext;
  readonly packDirectory: string;
  readonly resources: readonly RegisteredResource[];
  readonly packResult: PolicyPackResult;
  readonly programOutput: readonly string[];
}

/** The pack sends `description + "\n" + violation`; the violation is the last line. */
export function violationSentence(
  diagnostic: Pick<PolicyDiagnostic, "message" | "description">,
): string {
  const message = diagnostic.message.trim();
  const description = diagnostic.description.trim();
  return description !== "" && message.startsWith(`${description}\n`)
    ? message.slice(description.length + 1)
    : message;
}

function toFinding(
  diagnostic: PolicyDiagnostic,
  resource: CheckedResource | undefined,
  secrets: readonly string[],
): CheckFinding {
  const message = redactSecrets(violationSentence(diagnostic), secrets);
  return {
    policy: diagnostic.policyName,
    enforcementLevel: diagnostic.enforcementLevel,
    severity: diagnostic.severity,
    urn: diagnostic.urn,
    type: resource?.type ?? "",
    name: resource?.name ?? "",
    message,
    description: diagnostic.description,
    detail: parseFinding(message),
    location: resource?.location,
    frames: resource?.frames ?? [],
  };
}

function describeResources(
  resources: readonly RegisteredResource[],
  programDir: string,
): CheckedResource[] {
  return resources.map((r) => {
    const frames = programFrames(r, programDir);
    return {
      urn: r.urn,
      type: r.type,
      name: r.name,
      isAi: lookupAiResourceKind(r.type) !== undefined,
      frames,
      location: frames[0],
    };
  });
}

/**
 * Pairs each diagnostic with its resource and the line that constructed it (when a program ran),
 * and hides the text of every secret input in the messages: a policy sees secrets as plain
 * values, so a message about a secret tag would otherwise print it.
 */
export function assembleCheckResult(run: CheckRun): CheckResult {
  const resources = describeResources(run.resources, run.programDirectory);
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const secrets = secretTexts(run.resources.map((r) => r.inputs));
  const { packResult } = run;
  return {
    programDirectory: run.programDirectory,
    stateFile: run.stateFile,
    project: run.stack.project,
    stack: run.stack.stack,
    packName: packResult.packName,
    packVersion: packResult.packVersion,
    packDirectory: run.packDirectory,
    policies: packResult.policies.map((p) => ({
      name: p.name,
      description: p.description,
      enforcementLevel: packResult.levels.get(p.name) ?? p.enforcementLevel,
    })),
    disabledPolicies: packResult.disabledPolicies,
    resources,
    findings: packResult.diagnostics.map((d) => toFinding(d, byUrn.get(d.urn), secrets)),
    remediations: packResult.remediations.map((r) => ({
      policy: r.policyName,
      urn: r.urn,
      type: byUrn.get(r.urn)?.type ?? "",
      name: byUrn.get(r.urn)?.name ?? "",
      changes: remediationChanges(r.before, r.after),
      location: byUrn.get(r.urn)?.location,
    })),
    registrations: run.resources,
    stackConfig: run.stack.config,
    programOutput: run.programOutput,
    packLogs: packResult.logs,
  };
}
