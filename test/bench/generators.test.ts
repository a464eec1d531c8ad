import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import {
  generateFixProgram,
  generateCheckProgram,
  writeProgram,
} from "../../bench/generate/program";
import {
  familyOf,
  generateResourceMix,
  interleavedAiTokens,
} from "../../bench/generate/resource-mix";
import { writeNoopPack } from "../../bench/generate/noop-pack";
import { savedReport } from "../../bench/generate/saved-report";
import { benchPolicyConfig } from "../../bench/generate/vocabulary";
import { analyzeRequests } from "../../bench/rows/analyze";
import { openPack } from "../../bench/rows/open-pack";
import { lookupAiResourceKind } from "../../src/catalog";
import { validateConfigFile } from "../../src/config/load-config-file";
import { findValues } from "../../src/facts/property-path";
import { fixInputFromFile } from "../../src/fix/input-from-file";
import { planFixes } from "../../src/fix/plan-fixes";
import { compileRequiredTags } from "../../src/policies/evaluate-required-tags";
import { repoRoot, scratchDirectory } from "../support/program-copy";
import { runCli } from "../support/run-cli";

// The benchmark's generators, at a tiny size and untimed: they make what the benchmark says it
// measures, the same way on every run.

const nodeModules = join(repoRoot, "node_modules");
const requiredTags = compileRequiredTags(
  (benchPolicyConfig()["ai-required-tags"] as { requiredTags: never[] }).requiredTags,
);

describe("the resource mix", () => {
  const mix = generateResourceMix(50, 1);
  const generated = mix.resources.slice(4);

  it("is the same for the same seed", () => {
    expect(JSON.stringify(generateResourceMix(50, 1))).toEqual(JSON.stringify(mix));
  });

  it("is 40% AI resources, of every provider", () => {
    const ai = generated.filter((r) => lookupAiResourceKind(r.type) !== undefined);
    expect([generated.length, ai.length]).toEqual([50, 20]);
    const families = new Set(interleavedAiTokens().map(familyOf));
    expect(new Set(ai.map((r) => familyOf(r.type)))).toEqual(families);
  });

  it("has every catalogued AI type once the mix is large enough", () => {
    const tokens = interleavedAiTokens();
    const large = generateResourceMix(Math.ceil(tokens.length / 0.4), 2);
    expect(tokens.filter((token) => !large.tokens.has(token))).toEqual([]);
  });

  it("writes every model field at its nested path", () => {
    for (const resource of generateResourceMix(600, 3).resources) {
      const kind = lookupAiResourceKind(resource.type);
      for (const field of kind?.modelFields ?? []) {
        expect([resource.type, findValues(resource.inputs, field.path).length > 0]).toEqual([
          resource.type,
          true,
        ]);
      }
    }
  });

  it("surrounds them with ordinary AWS and Azure resources", () => {
    const others = generated.filter((r) => lookupAiResourceKind(r.type) === undefined);
    expect(others).toHaveLength(30);
    expect(others.some((r) => r.type.startsWith("aws:"))).toBe(true);
    expect(others.some((r) => r.type.startsWith("azure"))).toBe(true);
  });
});

describe("the programs", () => {
  it("are the same for the same seed, and parse", () => {
    const spec = generateFixProgram(600, 30, 5);
    expect(JSON.stringify(generateFixProgram(600, 30, 5))).toEqual(JSON.stringify(spec));
    expect(spec.lines).toBeGreaterThanOrEqual(600);
    for (const [path, text] of Object.entries(spec.files)) {
      const out = ts.transpileModule(text, { fileName: path, reportDiagnostics: true });
      expect([path, out.diagnostics ?? []]).toEqual([path, []]);
    }
  });

  it("have as many noncompliant resources as asked, each fixed from the saved report", () => {
    const spec = generateFixProgram(600, 30, 5);
    const directory = writeProgram(scratchDirectory("aigov-bench-"), spec, nodeModules);
    const report = join(scratchDirectory("aigov-bench-report-"), "report.json");
    writeFileSync(report, savedReport(spec, directory));
    const owner = new Map([["owner", "ml-platform"]]);
    const plan = planFixes(fixInputFromFile(directory, report, undefined, owner, requiredTags));
    expect(spec.resources.filter((r) => r.flaw !== "none")).toHaveLength(30);
    expect({ fixed: plan.fixed.length, manual: plan.manual }).toEqual({ fixed: 30, manual: [] });
  });

  it("of the check are 40% AI resources", () => {
    const spec = generateCheckProgram(50, 7);
    expect([spec.resources.length, spec.resources.filter((r) => r.ai).length]).toEqual([50, 20]);
  });
});

it("writes a policy config the CLI accepts", () => {
  for (const config of [benchPolicyConfig(), benchPolicyConfig({ attributableUsage: false })]) {
    expect(() => validateConfigFile(config, "bench config")).not.toThrow();
  }
});

it("saves the report aigov check writes for the same program", async () => {
  const spec = generateFixProgram(150, 8, 9);
  const directory = writeProgram(scratchDirectory("aigov-bench-"), spec, nodeModules);
  const configFile = join(directory, "policy-config.json");
  writeFileSync(configFile, JSON.stringify(benchPolicyConfig({ attributableUsage: false })));
  const run = await runCli(["check", directory, "--config", configFile, "--format", "json"]);
  const rows = (text: string) =>
    (
      JSON.parse(text) as {
        violations: { enforcementLevel: string; urn: string; message: string; frames: unknown }[];
      }
    ).violations
      .filter((v) => v.enforcementLevel === "mandatory")
      .map((v) => [v.urn, v.message, v.frames])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  expect(rows(run.stdout)).toEqual(rows(savedReport(spec, directory)));
}, 120_000);

it("writes a no-op pack of empty policies converting inputs when read, as ours", async () => {
  const directory = writeNoopPack(join(scratchDirectory("aigov-bench-"), "noop"), nodeModules, {
    policies: 3,
    deserializeOnceModule: join(repoRoot, "dist", "policies", "deserialize-once.js"),
  });
  expect(readFileSync(join(directory, "index.js"), "utf8")).toContain("deserializeOnce(");
  const pack = await openPack(directory, {});
  try {
    expect(pack.enabledResourcePolicies).toBe(3);
    const [request] = analyzeRequests(generateResourceMix(1, 3).resources.slice(-1));
    const response = await pack.connection.analyze(request!);
    expect(response.getDiagnosticsList()).toEqual([]);
  } finally {
    await pack.close();
  }
}, 60_000);
