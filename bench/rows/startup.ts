import { performance } from "node:perf_hooks";
import { startPolicyPack } from "../../src/engine/start-policy-pack.js";
import { peakMb } from "../child-rss.js";
import { benchStack } from "../generate/resource-mix.js";
import type { BenchContext, RowResult } from "../row.js";
import { interleave, median } from "../stats.js";

/** Spawn to port, exactly as `aigov check` and the Pulumi CLI start a pack; then stop it. */
async function startOnce(packDir: string): Promise<number> {
  const start = performance.now();
  const pack = await startPolicyPack(packDir, benchStack);
  const ms = performance.now() - start;
  await pack.stop();
  return ms;
}

/**
 * Pack start-up: ours against the no-op pack, both through `startPolicyPack` (node
 * run-policy-pack <engine> <packDir>, first stdout line the port). Peak memory is each pack
 * process's own, reported at its SIGINT.
 */
export async function measureStartup(
  context: BenchContext,
  packs: { ours: string; noop: string },
): Promise<RowResult> {
  const peaks = { ours: [] as number[], baseline: [] as number[] };
  const timed = (dir: string, into: number[]) => async () => {
    context.rss.take();
    const ms = await startOnce(dir);
    into.push(peakMb(context.rss.take()).sum);
    return ms;
  };
  const samples = await interleave(
    context.repetitions,
    timed(packs.ours, peaks.ours),
    timed(packs.noop, peaks.baseline),
  );
  const ours = median(samples.ours);
  const baseline = median(samples.baseline);
  return {
    key: "startupRatio",
    what: "pack start-up (spawn to port)",
    unit: "ms",
    ours,
    baseline,
    ratio: ours / baseline,
    target: 1.2,
    peakRssMb: { ours: Math.max(...peaks.ours), baseline: Math.max(...peaks.baseline) },
  };
}
