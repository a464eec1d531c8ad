import { lookupAiResourceKind } from "../catalog/index.js";
import { runPolicyPack } from "../engine/run-policy-pack.js";
import type { PolicyDiagnostic } from "../engine/policy-diagnostic.js";
import type { RegisteredResource } from "../engine/registered-resource.js";
import { startPolicyPack } from "../engine/start-policy-pack.js";
import { defaultPackDir } from "../project-paths.js";
import { captureProgram, loadProgram, type ProgramRunOptions } from "../runner/run-program.js";
import { parseFinding } from "../violations/parse-message.js";
import type { CheckFinding, CheckResult, CheckedResource } from "./check-result.js";
import { remediationChanges } from "./remediation-changes.js";
import { programFrames } from "./source-location.js";

export interface CheckOptions extends ProgramRunOptions {
  /** The `--policy-pack-config` file, parsed and already validated. */
  readonly policyConfig?: Readonly<Record<string, unknown>> | undefined;
  readonly packDir?: string | undefined;
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
): CheckFinding {
  const message = violationSentence(diagnostic);
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
 * What `aigov check` does: run the program under mocks, run the policy pack over what it
 * registered through the engine stand-in, and pair each diagnostic with its resource and the
 * line that constructed it. The pack starts while the program runs.
 *
 * @example
 * const result = await runCheck("examples/bedrock-agent", { policyConfig });
 * result.findings.filter((f) => f.enforcementLevel === "mandatory").length;
 */
export async function runCheck(
  programDir: string,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const program = loadProgram(programDir, options);
  const packDir = options.packDir ?? defaultPackDir;
  const started = startPolicyPack(packDir, program.stack);
  const captured = await captureProgram(program).catch(async (error: unknown) => {
    await started.then(
      (pack) => pack.stop(),
      () => undefined,
    );
    throw error;
  });
  const packResult = await runPolicyPack({
    packDir,
    stack: captured.stack,
    resources: captured.resources,
    policyConfig: options.policyConfig,
    programDirectory: captured.project.directory,
    started,
  });

  const resources = describeResources(captured.resources, captured.project.directory);
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  return {
    programDirectory: captured.project.directory,
    project: captured.project.name,
    stack: captured.stack.stack,
    packName: packResult.packName,
    packVersion: packResult.packVersion,
    packDirectory: packDir,
    policies: packResult.policies.map((p) => ({
      name: p.name,
      description: p.description,
      enforcementLevel: packResult.levels.get(p.name) ?? p.enforcementLevel,
    })),
    disabledPolicies: packResult.disabledPolicies,
    resources,
    findings: packResult.diagnostics.map((d) => toFinding(d, byUrn.get(d.urn))),
    remediations: packResult.remediations.map((r) => ({
      policy: r.policyName,
      urn: r.urn,
      type: byUrn.get(r.urn)?.type ?? "",
      name: byUrn.get(r.urn)?.name ?? "",
      changes: remediationChanges(r.before, r.after),
      location: byUrn.get(r.urn)?.location,
    })),
    registrations: captured.resources,
    stackConfig: captured.stack.config,
    programOutput: captured.output,
    packLogs: packResult.logs,
  };
}
