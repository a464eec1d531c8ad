import { performance } from "node:perf_hooks";
import type * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { RegisteredResource } from "../../src/engine/registered-resource.js";
import { providerOf } from "../../src/engine/stack-analysis.js";
import { toAnalyzeRequest } from "../../src/engine/to-proto.js";
import { peakMb } from "../child-rss.js";
import { childPid, processCpuMs } from "../proc-cpu.js";
import type { BenchContext, RowResult } from "../row.js";
import { collectGarbage } from "../thread-cpu.js";
import { median, pairedRatio, roundRobin, type RatioSpread } from "../stats.js";
import { openPack, type OpenPack } from "./open-pack.js";

/** The `Analyze` requests the engine sends for a stack: one per resource, provider attached. */
export function analyzeRequests(
  resources: readonly RegisteredResource[],
): analyzer.AnalyzeRequest[] {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  return resources.map((resource) =>
    toAnalyzeRequest(resource, resource.inputs, providerOf(resource, byUrn)),
  );
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
  // The engine's side (this process) starts each run on a clean heap: a collection of an earlier
  // run's responses would otherwise pause the sending of this run's requests.
  collectGarbage();
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

/** A pack being measured: the side's samples of wall and CPU time, and its peak memory. */
interface Side {
  readonly dir: string;
  readonly pack: OpenPack;
  readonly pid: number | undefined;
  readonly ms: number[];
  readonly cpuMs: number[];
  peakMb: number;
}

async function openSide(dir: string, policyConfig: Readonly<Record<string, unknown>>) {
  const pack = await openPack(dir, policyConfig);
  const side: Side = { dir, pack, pid: childPid(dir), ms: [], cpuMs: [], peakMb: 0 };
  return side;
}

function spread(ratio: RatioSpread): string {
  return `from ${ratio.low.toFixed(2)}x to ${ratio.high.toFixed(2)}x`;
}

/** A paired wall-time ratio with its spread, as the notes give it. */
function wallRatio(ratio: RatioSpread): string {
  return `${ratio.median.toFixed(2)}x wall, ${spread(ratio)}`;
}

function cpuRatio(ours: Side, baseline: Side): string {
  if (ours.cpuMs.length === 0 || baseline.cpuMs.length === 0) return "CPU time not available";
  const a = median(ours.cpuMs);
  const b = median(baseline.cpuMs);
  return `pack CPU time ${a.toFixed(0)} ms against ${b.toFixed(0)} ms (${(a / b).toFixed(2)}x)`;
}

/**
 * `Analyze` over a generated stack, all requests sent at once through the engine stand-in's gRPC
 * client, to our pack, to the no-op pack, and to a no-op pack with as many empty policies as
 * ours runs, converting inputs as ours does, only when read (what @pulumi/policy costs for that
 * many policies before any of them does anything), in turn; all are started and configured with
 * the same config before timing, and the requests are built once (the engine's work, not the
 * pack's). Beside wall time, each pack process's CPU time during the calls; peak memory is each
 * pack process's, at the end.
 */
export async function measureAnalyze(
  context: BenchContext,
  packs: {
    ours: string;
    noop: string;
    noopMany: (policies: number) => string;
    /** More packs for the same rounds (`BENCH_ANALYZE_ALSO`), each reported in the note. */
    also?: readonly string[];
  },
  resources: readonly RegisteredResource[],
  policyConfig: Readonly<Record<string, unknown>>,
): Promise<RowResult[]> {
  const requests = analyzeRequests(resources);
  context.rss.take();
  const ours = await openSide(packs.ours, policyConfig);
  const noop = await openSide(packs.noop, policyConfig);
  const floor = await openSide(packs.noopMany(ours.pack.enabledResourcePolicies), policyConfig);
  const extras: Side[] = [];
  for (const dir of packs.also ?? []) extras.push(await openSide(dir, policyConfig));
  const sides = [ours, noop, floor, ...extras];
  let findings = 0;
  try {
    await roundRobin(
      context.analyzeRepetitions,
      sides.map((side) => async () => {
        const run = await analyzeAll(side.pack, side.pid, requests);
        if (side === ours) findings = run.diagnostics;
        side.ms.push(run.ms);
        if (run.cpuMs !== undefined) side.cpuMs.push(run.cpuMs);
        return run.ms;
      }),
    );
  } finally {
    // Closed one at a time, so each pack's peak (reported as it stops) is told apart.
    for (const side of sides) {
      await side.pack.close();
      side.peakMb = peakMb(context.rss.take()).sum;
    }
  }
  // roundRobin's warm-up round is not in the samples: drop it from each side's lists.
  for (const side of sides) {
    side.ms.shift();
    side.cpuMs.shift();
  }
  const policies = ours.pack.enabledResourcePolicies;
  const oursOverNoop = pairedRatio(ours.ms, noop.ms);
  const floorOverNoop = pairedRatio(floor.ms, noop.ms);
  const oursOverFloor = pairedRatio(ours.ms, floor.ms);
  return [
    {
      key: "analyzeRatio",
      what: `Analyze ${String(requests.length)} resources, all at once`,
      baselineWhat: "the no-op pack (one empty policy), same requests",
      unit: "ms",
      ours: median(ours.ms),
      baseline: median(noop.ms),
      ratio: oursOverNoop.median,
      target: 1.1,
      peakRssMb: { ours: ours.peakMb, baseline: noop.peakMb },
      note: [
        `${String(findings)} findings from ours, ${String(policies)} resource policies on`,
        `ratio: median of ${String(ours.ms.length)} rounds' ratios, ${spread(oursOverNoop)}`,
        cpuRatio(ours, noop),
        ...extras.map((extra) => {
          const wall = wallRatio(pairedRatio(extra.ms, noop.ms));
          return `also in these rounds, ${extra.dir}: ${wall}, ${cpuRatio(extra, noop)}`;
        }),
      ].join("; "),
    },
    {
      key: "analyzeSdkFloorRatio",
      what:
        `Analyze, a no-op pack of ${String(policies)} empty policies converting inputs ` +
        "only when read, as ours (the SDK's floor for ours)",
      baselineWhat: "the no-op pack (one empty policy), same requests",
      unit: "ms",
      ours: median(floor.ms),
      baseline: median(noop.ms),
      ratio: floorOverNoop.median,
      peakRssMb: { ours: floor.peakMb, baseline: noop.peakMb },
      note: [
        `ratio: median of the rounds' ratios, ${spread(floorOverNoop)}`,
        cpuRatio(floor, noop),
        `ours against this floor: ${wallRatio(oursOverFloor)}`,
        cpuRatio(ours, floor),
      ].join("; "),
    },
  ];
}
