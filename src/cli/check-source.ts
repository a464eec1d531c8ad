import type { CheckResult } from "../check/check-result.js";
import { runCheck } from "../check/run-check.js";
import { runStateCheck } from "../check/run-state-check.js";
import {
  checkOptionsOf,
  programDirectoryOf,
  type LoadedConfig,
  type ProgramOptionValues,
} from "./program-options.js";
import { UsageError } from "./usage-error.js";

/** `--state <file>`, for the commands that check either a program or a stack export. */
export const stateOption = { state: { type: "string" } } as const;

/**
 * Runs the check a command line names: the program directory, or the `pulumi stack export` file
 * given with `--state`. The two are mutually exclusive, and `--stack` names a program's stack
 * file, so it has nothing to pick in an export, which names its own stack.
 */
export function runCheckFrom(
  values: ProgramOptionValues & { readonly state?: string | undefined },
  positionals: readonly string[],
  loaded?: LoadedConfig,
): Promise<CheckResult> {
  if (values.state === undefined) {
    const programDir = programDirectoryOf(positionals);
    return runCheck(programDir, checkOptionsOf(values, loaded));
  }
  if (positionals.length > 0) {
    throw new UsageError(
      `--state and a program directory are mutually exclusive, got --state and ${JSON.stringify(positionals.join(" "))}.`,
    );
  }
  if (values.stack !== undefined) {
    throw new UsageError(
      "--stack picks a program's stack file; a --state file names its own stack.",
    );
  }
  return runStateCheck(values.state, checkOptionsOf(values, loaded));
}
