import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/** How one process run went: wall time from spawn to exit, and what it wrote. */
export interface TimedRun {
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <args>` to completion and times it from spawn to exit. */
export function runNode(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<TimedRun> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ ms: performance.now() - start, code, stdout, stderr });
    });
  });
}
