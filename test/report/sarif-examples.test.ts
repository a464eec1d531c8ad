import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { allPolicyNames } from "../../src/config/policy-names";
import type { SarifLog, SarifResult } from "../../src/report/sarif-log";
import { fingerprintKey } from "../../src/report/sarif-results";
import { examplesDir, platformTeamExample, policyConfigFile } from "../e2e/examples";
import { copyProgram, repoRoot, scratchDirectory } from "../support/program-copy";
import { inBatches, processSlots, runCli, type CliRun } from "../support/run-cli";
import { sarifValidator, schemaErrors } from "../support/sarif-schema";

// `aigov check --format sarif` on the examples, checked against the official schema and against
// the JSON report of the same check: same findings, same lines.

interface JsonViolation {
  readonly policy: string;
  readonly enforcementLevel: "advisory" | "mandatory";
  readonly urn: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

interface JsonReport {
  readonly policyPack: { readonly disabledPolicies: readonly string[] };
  readonly violations: readonly JsonViolation[];
}

const bedrockAgent = join("examples", "bedrock-agent");
const scratch = scratchDirectory("aigov-sarif-");
const sarifFile = join(scratch, "bedrock-agent.sarif");
const check = (dir: string, ...rest: string[]) =>
  runCli(["check", dir, "--config", policyConfigFile, ...rest]);

let validate: ValidateFunction;
let toFile: CliRun;
let json: CliRun;
let compliant: CliRun;
let platformDev: CliRun;
let copied: CliRun;

beforeAll(async () => {
  validate = sarifValidator();
  const copy = copyProgram(join(examplesDir, "bedrock-agent"), "aigov-sarif-copy-");
  const tasks = [
    () => check(bedrockAgent, "--format", "sarif", "--output", sarifFile),
    () => check(bedrockAgent, "--format", "json"),
    () => check(join("examples", "compliant"), "--format", "sarif"),
    () =>
      runCli([
        "check",
        join("examples", platformTeamExample.name),
        "--stack",
        "dev",
        "--config",
        platformTeamExample.config,
        "--format",
        "sarif",
      ]),
    () => check(copy, "--format", "sarif"),
  ];
  [toFile, json, compliant, platformDev, copied] = (await inBatches(tasks, processSlots, (task) =>
    task(),
  )) as [CliRun, CliRun, CliRun, CliRun, CliRun];
}, 180_000);

const written = (): SarifLog => JSON.parse(readFileSync(sarifFile, "utf8")) as SarifLog;
const printed = (run: CliRun): SarifLog => JSON.parse(run.stdout) as SarifLog;
const resultsOf = (log: SarifLog): readonly SarifResult[] => log.runs[0]!.results;

it("writes bedrock-agent's log to --output, nothing to stdout, and exits 1", () => {
  expect({ code: toFile.code, stdout: toFile.stdout }).toEqual({ code: 1, stdout: "" });
  expect(toFile.stderr).toContain(`wrote the sarif report to ${sarifFile}`);
});

it.each([
  ["bedrock-agent", () => written()],
  ["compliant", () => printed(compliant)],
  ["platform-team (dev)", () => printed(platformDev)],
  ["bedrock-agent copied outside the checkout", () => printed(copied)],
])("validates %s against the SARIF 2.1.0 schema", (_name, log) => {
  expect(schemaErrors(validate, log())).toEqual([]);
});

it("has one rule per policy of the pack, each with its page, disabled ones marked", () => {
  const rules = written().runs[0]!.tool.driver.rules;
  const disabled = (JSON.parse(json.stdout) as JsonReport).policyPack.disabledPolicies;

  expect(rules.map((r) => r.id).sort()).toEqual([...allPolicyNames].sort());
  expect(rules.filter((r) => !r.defaultConfiguration.enabled).map((r) => r.id)).toEqual(disabled);
  for (const rule of rules) {
    expect(existsSync(fileURLToPath(rule.helpUri))).toBe(true);
    expect(rule.helpUri.endsWith(`/docs/policies/${rule.id}.md`)).toBe(true);
  }
});

it("reports each violation of the JSON report at its file, line and column, from the repository root", () => {
  const violations = (JSON.parse(json.stdout) as JsonReport).violations;
  const expected = violations.map((v) => ({
    ruleId: v.policy,
    level: v.enforcementLevel === "mandatory" ? "error" : "warning",
    text: v.message,
    uri: `examples/bedrock-agent/${v.file ?? "(none)"}`,
    line: v.line,
    column: v.column,
    urn: v.urn,
  }));
  const actual = resultsOf(written()).map((r) => ({
    ruleId: r.ruleId,
    level: r.level,
    text: r.message.text,
    uri: r.locations[0].physicalLocation.artifactLocation.uri,
    line: r.locations[0].physicalLocation.region.startLine,
    column: r.locations[0].physicalLocation.region.startColumn,
    urn: r.locations[0].logicalLocations[0]?.fullyQualifiedName ?? "(none)",
  }));
  const order = (a: { text: string; urn: string }, b: { text: string; urn: string }) =>
    `${a.urn}\u0000${a.text}`.localeCompare(`${b.urn}\u0000${b.text}`);

  expect(violations.length).toBeGreaterThan(0);
  expect(actual.sort(order)).toEqual(expected.sort(order));
});

it("lines up each result with its constructor call in the program", () => {
  for (const result of resultsOf(written())) {
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    const file = join(repoRoot, decodeURIComponent(artifactLocation.uri));
    const source = readFileSync(file, "utf8").split("\n");
    const name = result.locations[0].logicalLocations[0]!.name;
    expect(source[region.startLine - 1]?.slice((region.startColumn ?? 1) - 1)).toMatch(
      new RegExp(`^new [\\w.]+\\("${name}"`),
    );
  }
});

it("has no results for the compliant example, and exits 0", () => {
  expect(compliant.code).toBe(0);
  expect(resultsOf(printed(compliant))).toEqual([]);
  expect(printed(compliant).runs[0]!.tool.driver.rules).toHaveLength(allPolicyNames.length);
});

it("reports ai-exemptions notes as notes, and gives every result its own fingerprint", () => {
  const results = resultsOf(printed(platformDev));
  const levels = new Set(results.map((r) => `${r.ruleId} ${r.level}`));
  const fingerprints = new Set(results.map((r) => r.partialFingerprints[fingerprintKey]));

  expect(levels).toContain("ai-exemptions note");
  expect(levels).toContain("ai-model-retirement warning");
  expect(levels).toContain("ai-cost-limits error");
  expect(fingerprints.size).toBe(results.length);
});

it("names files from the program directory outside a repository, with the same fingerprints", () => {
  const results = resultsOf(printed(copied));
  const key = (r: SarifResult) => r.partialFingerprints[fingerprintKey];

  expect(new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))).toEqual(
    new Set(["index.ts"]),
  );
  expect(results.map(key).sort()).toEqual(resultsOf(written()).map(key).sort());
});
