import { performance } from "node:perf_hooks";
import type * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { RegisteredResource } from "../../src/engine/registered-resource.js";
import { toAnalyzeRequest } from "../../src/engine/to-proto.js";
import { peakMb } from "../child-rss.js";
import { childPid, processCpuMs } from "../proc-cpu.js";
import type { BenchContext, RowResult } from "../row.js";
import { interleave, median } from "../stats.js";
import { openPack, type OpenPack } from "./open-pack.js";

/** The `Analyze` requests the engine sends for a stack: one per resource, provider attached. */
export function analyzeRequests(
  resources: readonly RegisteredResource[],
): analyzer.AnalyzeRequest[] {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  return resources.map((resource) => {
    const reference = resource.provider;
    const provider = reference
      ? byUrn.get(reference.slice(0, reference.lastIndexOf("::")))
      : undefined;
    return toAnalyzeRequest(resource, resource.inputs, provider);
  });
}

/**
 * Every request in flight at once; resolves with the time to the last answer, the CPU time the
 * pack process spent meanwhile, and the findings.
 */
async function analyzeAll(
  pack: OpenPack,
  pid: number | undefined,
  requests: readonly analyzer.AnalyzeRequest[],
): Promise<{ ms: number; cpuMs: number | undefined; diagnostics: number }> {
  const cpuBefore = processCpuMs(pid);
  const start = performance.now();
  const responses = await Promise.all(requests.map((r) => pack.connection.analyze(r)));
  const ms = performance.now() - start;
  const cpuAfter = processCpuMs(pid);
  const cpuMs =
    cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  const diagnostics = responses.reduce((n, r) => n + r.getDiagnosticsList().length, 0);
  return { ms, cpuMs, diagnostics };
}

/** The packs' own CPU time, which the wall clock hides when the client is the busier side. */
function cpuNote(cpu: { ours: number[]; baseline: number[] }): string {
  if (cpu.ours.length === 0 || cpu.baseline.length === 0) return "pack CPU time not available";
  const ours = median(cpu.ours);
  const baseline = median(cpu.baseline);
  return `pack CPU time ${ours.toFixed(0)} ms against ${baseline.toFixed(0)} ms (${(ours / baseline).toFixed(2)}x)`;
}

/**
 * `Analyze` over a generated stack, all requests sent at once through the engine stand-in's gRPC
 * client, to our pack and to the no-op pack, alternately; both packs are started and configured
 * with the same config before timing, and the requests are built once (the engine's work, not
 * the pack's). Peak memory is each pack process's, at the end.
 */
export async function measureAnalyze(
  context: BenchContext,
  packs: { ours: string; noop: string },
  resources: readonly RegisteredResource[],
  policyConfig: Readonly<Record<string, unknown>>,
): Promise<RowResult> {
  const requests = analyzeRequests(resources);
  const peaks = { ours: 0, baseline: 0 };
  context.rss.take();
  const ours = await openPack(packs.ours, policyConfig);
  const noop = await openPack(packs.noop, policyConfig);
  const pids = { ours: childPid(packs.ours), noop: childPid(packs.noop) };
  const cpu = { ours: [] as number[], baseline: [] as number[] };
  let findings = 0;
  let samples;
  try {
    samples = await interleave(
      context.repetitions,
      async () => {
        const run = await analyzeAll(ours, pids.ours, requests);
        findings = run.diagnostics;
        if (run.cpuMs !== undefined) cpu.ours.push(run.cpuMs);
        return run.ms;
      },
      async () => {
        const run = await analyzeAll(noop, pids.noop, requests);
        if (run.cpuMs !== undefined) cpu.baseline.push(run.cpuMs);
        return run.ms;
      },
    );
  } finally {
    // Closed one at a time, so each pack's peak (reported as it stops) is told apart.
    await ours.close();
    peaks.ours = peakMb(context.rss.take()).sum;
    await noop.close();
    peaks.baseline = peakMb(context.rss.take()).sum;
  }
  const oursMs = median(samples.ours);
  const baselineMs = median(samples.baseline);
  return {
    key: "analyzeRatio",
    what: `Analyze ${String(requests.length)} resources, all at once`,
    unit: "ms",
    ours: oursMs,
    baseline: baselineMs,
    ratio: oursMs / baselineMs,
    target: 1.1,
    peakRssMb: peaks,
    note: `${String(findings)} findings from ours; ${cpuNote(cpu)}`,
  };
}
