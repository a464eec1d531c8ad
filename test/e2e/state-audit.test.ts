// `aigov check --state` and `aigov report --state` end to end, on a stack export built here from
// what a program registers: the findings must be those of checking the program itself, and no
// secret's text may appear in anything either command prints.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { captureProgram, loadProgram } from "../../src/runner/run-program";
import { readStackExport } from "../../src/state/read-stack-export";
import { registrationsFromExport } from "../../src/state/state-registrations";
import { reportRows, type ReportRow } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { secret } from "../support/resources";
import { validateCoverageReport } from "../support/coverage-schema";
import { sarifValidator, schemaErrors } from "../support/sarif-schema";
import { inBatches, processSlots, runCli, type CliRun } from "../support/run-cli";
import { stackExportOf } from "../support/stack-export";
import { policyConfigFile } from "./examples";

const programDir = join(__dirname, "..", "fixtures", "programs", "state-audit");
const secretOwner = "owner-from-secret-7f3a";
const secretCostCenter = "cost-center-secret-91b2";
const secretOutput = "stack-output-secret-c4d5";

let registrations: readonly RegisteredResource[];
let plainExport: Record<string, unknown>;
let plainFile: string;
let cipherFile: string;
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  registrations = (await captureProgram(loadProgram(programDir))).resources;
  const stackOutputs = { secretOutput: secret(secretOutput) };
  const directory = scratchDirectory("aigov-state-audit-");
  plainExport = stackExportOf(registrations, { stackOutputs });
  plainFile = join(directory, "plaintext.json");
  writeFileSync(plainFile, JSON.stringify(plainExport, null, 2));
  // The guardrail's owner as `pulumi stack export` writes it without --show-secrets.
  cipherFile = join(directory, "ciphertext.json");
  const encrypted = (value: unknown) => value === secretOwner;
  writeFileSync(
    cipherFile,
    JSON.stringify(stackExportOf(registrations, { stackOutputs, encrypted })),
  );

  const config = ["--config", policyConfigFile];
  const commands: Readonly<Record<string, readonly string[]>> = {
    "check program": ["check", programDir, ...config, "--format", "json"],
    "check state": ["check", "--state", plainFile, ...config, "--format", "json"],
    "check state text": ["check", "--state", plainFile, ...config],
    "check ciphertext": ["check", "--state", cipherFile, ...config, "--format", "json"],
    "check state sarif": ["check", "--state", plainFile, ...config, "--format", "sarif"],
    "check state markdown": ["check", "--state", plainFile, ...config, "--format", "markdown"],
    "report program": ["report", programDir, ...config, "--format", "json"],
    "report state": ["report", "--state", plainFile, ...config, "--format", "json"],
    "report state text": ["report", "--state", plainFile, ...config],
    "report ciphertext": ["report", "--state", cipherFile, ...config, "--format", "json"],
  };
  const names = Object.keys(commands);
  const results = await inBatches(names, processSlots, (name) => runCli(commands[name] ?? []));
  names.forEach((name, index) => runs.set(name, results[index] as CliRun));
}, 240_000);

/** Rows in `reportRows`' order, for rows put together by a test. */
function sortedRows(rows: readonly ReportRow[]): ReportRow[] {
  return reportRows(JSON.stringify({ violations: rows }));
}

function run(name: string): CliRun {
  const found = runs.get(name);
  if (!found) throw new Error(`no run ${name}`);
  return found;
}

interface CoverageSummary {
  readonly coverage: unknown;
  readonly byProvider: unknown;
  readonly unattributed: readonly { name: string }[];
  readonly byTag: readonly { key: string; values: { value: string }[] }[];
}

function coverageOf(name: string): CoverageSummary {
  const { coverage, byProvider, unattributed, byTag } = JSON.parse(
    run(name).stdout,
  ) as CoverageSummary;
  return { coverage, byProvider, unattributed: unattributed.map((r) => ({ name: r.name })), byTag };
}

it("builds the export in the format pulumi stack export writes", () => {
  const deployment = plainExport.deployment as { manifest: object; resources: object[] };
  expect(plainExport.version).toBe(3);
  expect(Object.keys(deployment.manifest).sort()).toEqual(["magic", "time", "version"]);
  expect(deployment.resources[0]).toMatchObject({ type: "pulumi:pulumi:Stack", custom: false });
  const text = JSON.stringify(plainExport);
  expect(text).toContain(`"plaintext":${JSON.stringify(JSON.stringify(secretOwner))}`);
  expect(text).toMatch(
    /"provider":"urn:pulumi:dev::state-audit::pulumi:providers:aws::serving::[0-9a-f-]{36}"/,
  );
});

it("sends the pack every resource with the inputs it registered, secrets as secrets", () => {
  const fromState = registrationsFromExport(readStackExport(plainFile)).resources;
  const inputsOf = (resources: readonly RegisteredResource[]) =>
    resources.map((r) => [r.urn, r.parent, r.inputs]);
  expect(inputsOf(fromState)).toEqual(inputsOf(registrations));
  const guardrail = fromState.find((r) => r.name === "guardrail");
  expect(guardrail?.inputs.tags).toMatchObject({ owner: secret(secretOwner) });
});

it("finds in the stack export what it finds in the program", () => {
  const program = run("check program");
  const state = run("check state");
  expect([state.code, state.stderr]).toEqual([program.code, ""]);
  expect(reportRows(state.stdout)).toEqual(reportRows(program.stdout));
  expect(reportRows(state.stdout).length).toBeGreaterThan(0);
});

it("reports an encrypted secret tag as not checkable, and nothing else differently", () => {
  const expected: ReportRow[] = [
    ...reportRows(run("check program").stdout),
    {
      policy: "ai-not-checkable",
      enforcementLevel: "advisory",
      name: "guardrail",
      detail: { code: "tag-value-unknown", key: "owner" },
    },
  ];
  expect(reportRows(run("check ciphertext").stdout)).toEqual(sortedRows(expected));
});

it("has no source lines for deployed resources", () => {
  const headings = run("check state text")
    .stdout.split("\n")
    .filter((l) => /^ {8}\S/.test(l));
  expect(headings.length).toBeGreaterThan(0);
  expect(headings.filter((line) => /:\d+$/.test(line))).toEqual([]);
});

it("writes SARIF for a stack export that validates, each result anchored at the export", () => {
  const log = JSON.parse(run("check state sarif").stdout) as {
    runs: {
      results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    }[];
  };
  expect(schemaErrors(sarifValidator(), log)).toEqual([]);
  const results = log.runs[0]?.results ?? [];
  expect(results.length).toBe(reportRows(run("check state").stdout).length);
  const uris = new Set(
    results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri.split("/").pop()),
  );
  expect([...uris]).toEqual(["plaintext.json"]);
});

it("offers no aigov fix command for a stack export, which has no source to edit", () => {
  const markdown = run("check state markdown").stdout;
  expect(markdown).toMatch(/mandatory/);
  expect(markdown).not.toContain("aigov fix");
});

it("reports the same coverage for the export as for the program", () => {
  // 8 AI resources, all taking tags. Not attributed: the endpoint configuration (cost center
  // CC-100), the throughput (its secret cost center breaks the pattern) and the deployment billed
  // to an account outside the stack. 5 of 8 = 62.5%.
  expect(coverageOf("report state")).toEqual(coverageOf("report program"));
  expect(coverageOf("report state").coverage).toEqual({ attributed: 5, total: 8, percent: 62.5 });
  // The guardrail's owner cannot be decrypted, so the guardrail is not attributed either: 4 of 8.
  expect(coverageOf("report ciphertext").coverage).toEqual({
    attributed: 4,
    total: 8,
    percent: 50,
  });
  expect(run("report state text").stdout).toContain("    5 of 8 AI resources attributed (62.5%)");
});

it.each(["report state", "report ciphertext"])(
  "writes a coverage report (%s) that its schema accepts",
  (name) => {
    expect(schemaErrors(validateCoverageReport, JSON.parse(run(name).stdout))).toEqual([]);
  },
);

it("shows a secret tag's value as [secret] in the breakdown", () => {
  const owner = coverageOf("report state").byTag.find((tag) => tag.key === "owner");
  expect(owner?.values.map((v) => v.value)).toContain("[secret]");
});

it("prints no secret's text in any output of either command", () => {
  expect([...runs.keys()].sort()).toHaveLength(10);
  for (const [name, { stdout, stderr }] of runs) {
    for (const text of [secretOwner, secretCostCenter, secretOutput]) {
      expect({ name, leaked: `${stdout}\n${stderr}`.includes(text) }).toEqual({
        name,
        leaked: false,
      });
    }
  }
});
