// `npm run bench`: measures the pack, the fixer and the check against their floors, side by side,
// on inputs generated here from fixed seeds, and prints a table and, last, one JSON line.
// BENCH_REPS (default 5), BENCH_CHECK_REPS (3) and BENCH_ANALYZE_REPS (21) set the timed
// repetitions; BENCH_ONLY (a comma-separated list of row keys' prefixes: startup, analyze, policy,
// fix, check) picks rows; BENCH_ANALYZE_ALSO (comma-separated pack directories) adds packs to the
// `Analyze` rounds, each reported against the no-op pack in the row's note.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../src/project-paths.js";
import { ChildRss } from "./child-rss.js";
import { BenchSettingError, extraPackDirectories } from "./extra-packs.js";
import {
  childRequestVariable,
  rowsInChild,
  runChildRequest,
  type ChildRequest,
} from "./in-child.js";
import { generateResourceMix } from "./generate/resource-mix.js";
import { writeNoopPack } from "./generate/noop-pack.js";
import { benchPolicyConfig } from "./generate/vocabulary.js";
import type { BenchContext, RowResult } from "./row.js";
import { measureAnalyze } from "./rows/analyze.js";
import { measureCheck } from "./rows/check.js";
import { measureFixCli } from "./rows/fix-cli.js";
import { writeFixProgram } from "./rows/fix-programs.js";
import { measureStartup } from "./rows/startup.js";
import { renderJsonLine, renderTable } from "./table.js";

function positiveInteger(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const childRequest = process.env[childRequestVariable];
  if (childRequest !== undefined) {
    const temp = mkdtempSync(join(tmpdir(), "aigov-bench-child-"));
    try {
      await runChildRequest(JSON.parse(childRequest) as ChildRequest, {
        root: projectRoot,
        temp,
        repetitions: positiveInteger(process.env.BENCH_REPS, 5),
        checkRepetitions: 1,
        analyzeRepetitions: 1,
        rss: new ChildRss(join(temp, "rss")),
        log: () => undefined,
      });
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
    return;
  }
  const alsoAnalyze = extraPackDirectories(process.env.BENCH_ANALYZE_ALSO);
  const temp = mkdtempSync(join(tmpdir(), "aigov-bench-"));
  const only = process.env.BENCH_ONLY?.split(",").filter((s) => s !== "");
  const wanted = (row: string) => only === undefined || only.some((o) => row.startsWith(o));
  const context: BenchContext = {
    root: projectRoot,
    temp,
    repetitions: positiveInteger(process.env.BENCH_REPS, 5),
    checkRepetitions: positiveInteger(process.env.BENCH_CHECK_REPS, 3),
    analyzeRepetitions: positiveInteger(process.env.BENCH_ANALYZE_REPS, 21),
    rss: new ChildRss(join(temp, "rss")),
    log: (message) => process.stderr.write(`bench: ${message}\n`),
  };
  // Every process a row starts, ours and the baseline's, reports its peak memory at exit.
  Object.assign(process.env, context.rss.env(join(projectRoot, "dist", "bench", "rss-probe.js")));
  const rows: RowResult[] = [];
  try {
    const nodeModules = join(projectRoot, "node_modules");
    const fullConfig = benchPolicyConfig();
    const programConfig = benchPolicyConfig({ attributableUsage: false });
    const configFile = join(temp, "policy-config.json");
    writeFileSync(configFile, JSON.stringify(programConfig, null, 2));
    const mix = generateResourceMix(5000, 42);
    const packs = {
      ours: join(projectRoot, "policypack"),
      noop: writeNoopPack(join(temp, "noop-pack"), nodeModules),
      noopMany: (policies: number) =>
        writeNoopPack(join(temp, `noop-pack-${String(policies)}`), nodeModules, {
          policies,
          deserializeOnceModule: join(projectRoot, "dist", "policies", "deserialize-once.js"),
        }),
    };

    if (wanted("policy")) {
      context.log("policies in process");
      rows.push(...(await rowsInChild(context, { row: "policy" })));
    }
    if (wanted("startup")) {
      context.log("pack start-up");
      rows.push(await measureStartup(context, packs));
    }
    if (wanted("analyze")) {
      context.log("Analyze");
      rows.push(
        ...(await measureAnalyze(
          context,
          { ...packs, also: alsoAnalyze },
          mix.resources,
          fullConfig,
        )),
      );
    }
    if (wanted("fix")) {
      context.log("generating the fix programs");
      const programs = {
        single: writeFixProgram(temp, nodeModules, 20_000, 1_000, 11),
        double: writeFixProgram(temp, nodeModules, 40_000, 2_000, 11),
      };
      const requiredTags = (programConfig["ai-required-tags"] as { requiredTags: never[] })
        .requiredTags;
      context.log("aigov fix in process");
      rows.push(...(await rowsInChild(context, { row: "fix", programs, requiredTags })));
      context.log("aigov fix");
      rows.push(...(await measureFixCli(context, programs, configFile)));
    }
    if (wanted("check")) {
      context.log("aigov check");
      rows.push(await measureCheck(context, 1000, configFile));
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  process.stdout.write(renderTable(rows));
  process.stdout.write(`${renderJsonLine(rows)}\n`);
}

/** A setting the user got wrong is told in one line; anything else with its stack. */
function failureText(error: unknown): string {
  if (error instanceof BenchSettingError) return error.message;
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${failureText(error)}\n`);
  process.exitCode = 1;
});
