import { lookupAiResourceKind } from "../catalog/index.js";
import { PolicyPackSession, type PolicyPackResult } from "../engine/run-policy-pack.js";
import type { PolicyDiagnostic } from "../engine/policy-diagnostic.js";
import type { RegisteredResource } from "../engine/registered-resource.js";
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

function ignore(): undefined {
  return undefined;
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
  const opening = PolicyPackSession.open({
    packDir,
    stack: program.stack,
    policyConfig: options.policyConfig,
    programDirectory: program.project.directory,
  });
  // A pack that fails to start is reported after the program, as before: a failed program
  // comes first. Meanwhile nothing may go unhandled.
  opening.catch(() => undefined);
  const analysis = opening.then((session) => session.beginAnalysis());
  analysis.catch(() => undefined);
  const captured = await captureProgram(program, (resource) => {
    // Each resource is analysed as it is registered, while the program runs, as the engine does.
    void analysis.then((a) => {
      a.add(resource);
    }, ignore);
  }).catch(async (error: unknown) => {
    await opening.then((session) => session.close(), ignore);
    throw error;
  });
  const session = await opening;
  let packResult: PolicyPackResult;
  try {
    packResult = session.resultOf(await (await analysis).finish());
  } finally {
    await session.close();
  }

  const resources = describeResources(captured.resources, captured.project.directory);
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  return {
    programDirectory: captured.project.directory,
    project: captured.project.name,
    stack: captured.stack.stack,
    packName: packResult.packName,
    packVersion: packResult.packVersion,
    packDirectory: packDir,
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
