import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./program-copy";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  /** Variables added to the test process's environment, such as `AIGOV_TODAY`. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs a Node.js script in a child process, as a user's shell would, and collects its output. */
export function runNode(
  script: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the built `aigov` CLI as a user would, from the repository root. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return runNode(join(repoRoot, "bin", "aigov.js"), args, options);
}

/**
 * How many aigov processes to run at once: one per core plus one. Each check is two Node.js
 * processes loading a cloud SDK; on two cores, six at once take longer than the same six three at
 * a time.
 */
export const processSlots = availableParallelism() + 1;

/** Runs tasks with at most `limit` in flight: enough to overlap, not enough to starve two cores. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
