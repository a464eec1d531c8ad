import { resolve } from "node:path";
import type { CheckOptions } from "../check/run-check.js";
import { loadConfigFile } from "../config/load-config-file.js";
import { UsageError } from "./usage-error.js";

/** The options of every command that runs a program's check: `parseArgs` definitions. */
export const programOptions = {
  config: { type: "string" },
  stack: { type: "string" },
  "policy-pack": { type: "string" },
} as const;

export interface ProgramOptionValues {
  readonly config?: string | undefined;
  readonly stack?: string | undefined;
  readonly "policy-pack"?: string | undefined;
}

/** The one program directory a command takes; the error funnel names the command. */
export function programDirectoryOf(positionals: readonly string[]): string {
  const [directory, ...rest] = positionals;
  if (directory === undefined || rest.length > 0) {
    throw new UsageError(
      `expected one program directory, got ${String(positionals.length)} arguments.`,
    );
  }
  return directory;
}

/** Check options from the command line; the config file is read and validated here. */
export function checkOptionsOf(
  values: ProgramOptionValues,
  loaded: LoadedConfig | undefined = loadedConfigOf(values),
): CheckOptions {
  const pack = values["policy-pack"];
  return {
    stack: values.stack,
    policyConfig: loaded?.json as Record<string, unknown> | undefined,
    packDir: pack === undefined ? undefined : resolve(pack),
  };
}

export type LoadedConfig = ReturnType<typeof loadConfigFile>;

/** The `--config` file read and validated, or `undefined` without one. */
export function loadedConfigOf(values: ProgramOptionValues): LoadedConfig | undefined {
  return values.config === undefined ? undefined : loadConfigFile(values.config);
}
