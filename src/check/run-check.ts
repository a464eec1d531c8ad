import { PolicyPackSession, type PolicyPackResult } from "../engine/run-policy-pack.js";
import { defaultPackDir } from "../project-paths.js";
import { captureProgram, loadProgram, type ProgramRunOptions } from "../runner/run-program.js";
import { assembleCheckResult } from "./assemble-result.js";
import type { CheckResult } from "./check-result.js";

export { violationSentence } from "./assemble-result.js";

export interface CheckOptions extends ProgramRunOptions {
  /** The `--policy-pack-config` file, parsed and already validated. */
  readonly policyConfig?: Readonly<Record<string, unknown>> | undefined;
  readonly packDir?: string | undefined;
}

function ignore(): undefined {
  return undefined;
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
    // Callbacks on one promise run in the order they were added: registration order is kept.
    void analysis.then((a) => a.add(resource), ignore);
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

  return assembleCheckResult({
    programDirectory: captured.project.directory,
    stack: captured.stack,
    packDirectory: packDir,
    resources: captured.resources,
    packResult,
    programOutput: captured.output,
  });
}
