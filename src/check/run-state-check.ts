import { dirname, resolve } from "node:path";
import { runPolicyPack } from "../engine/run-policy-pack.js";
import { defaultPackDir } from "../project-paths.js";
import { readStackExport } from "../state/read-stack-export.js";
import { registrationsFromExport } from "../state/state-registrations.js";
import { assembleCheckResult } from "./assemble-result.js";
import type { CheckResult } from "./check-result.js";
import type { CheckOptions } from "./run-check.js";

/**
 * `aigov check --state`: reads what `pulumi stack export` wrote and runs the policy pack over
 * the deployed resources through the same engine stand-in as a program's check. The file is read
 * and validated before the pack starts, so a bad file fails fast. Findings have no source line.
 *
 * @example
 * const result = await runStateCheck("stack.json", { policyConfig });
 */
export async function runStateCheck(
  stateFile: string,
  options: Pick<CheckOptions, "policyConfig" | "packDir" | "organization"> = {},
): Promise<CheckResult> {
  const { stack, resources } = registrationsFromExport(
    readStackExport(stateFile),
    options.organization,
  );
  const packDir = options.packDir ?? defaultPackDir;
  const directory = dirname(resolve(stateFile));
  const packResult = await runPolicyPack({
    packDir,
    stack,
    resources,
    policyConfig: options.policyConfig,
    programDirectory: directory,
  });

  return assembleCheckResult({
    programDirectory: directory,
    stateFile: resolve(stateFile),
    stack,
    packDirectory: packDir,
    resources,
    packResult,
    programOutput: [],
  });
}
