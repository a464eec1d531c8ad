import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const schedstat = `/proc/self/task/${String(process.pid)}/schedstat`;

/**
 * Time this process's main thread has spent on a CPU, in ms (Linux's schedstat, in ns), or the
 * wall clock where that is not available. A busy machine stretches the wall clock of a loop by
 * the time it waits for a core, and process CPU time counts V8's helper threads too; the main
 * thread's CPU time is what the loop itself costs.
 */
export function mainThreadMs(): number {
  try {
    const [onCpuNs] = readFileSync(schedstat, "utf8").split(" ");
    return Number(onCpuNs) / 1e6;
  } catch {
    return performance.now();
  }
}

/** Collects garbage between samples when the benchmark runs with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
