import { runPolicyPack } from "../engine/run-policy-pack.js";
import { startPolicyPack } from "../engine/start-policy-pack.js";
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

  return assembleCheckResult({
    programDirectory: captured.project.directory,
    stack: captured.stack,
    packDirectory: packDir,
    resources: captured.resources,
    packResult,
    programOutput: captured.output,
  });
}
