import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import { jsonReportSchemaVersion, renderJsonReport } from "../../src/report/json-report";
import { formatFinding, sentences } from "../../src/violations/format-message";
import {
  allExampleNames,
  examplesDir,
  platformTeamExample,
  policyConfigFile,
} from "../e2e/examples";
import { checkResultOf, findingOf } from "../support/check-results";
import { findingDetails } from "../support/finding-details";
import { jsonFormats } from "../support/json-formats";
import { repoRoot } from "../support/program-copy";
import { inBatches, processSlots, runCli, type CliRun } from "../support/run-cli";
import { schemaErrors } from "../support/sarif-schema";

// The JSON report against its schema in schema/: the examples' real reports, a report holding
// each kind of finding the pack writes, and drift (a field the schema does not know) refused.

interface ReportSchema {
  readonly properties: { readonly schemaVersion: { readonly const: number } };
  readonly definitions: Readonly<Record<string, { properties?: { code?: { const?: string } } }>>;
}

const schemaFile = join(repoRoot, "schema", "check-report.schema.json");
const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as ReportSchema;
const validate: ValidateFunction = new Ajv({
  allErrors: true,
  strict: true,
  formats: { ...jsonFormats },
}).compile(schema);

/** Every example and stack, as a user would check it: a label, the example, its options. */
const checks: readonly (readonly [string, string, readonly string[]])[] = [
  ...allExampleNames
    .filter((name) => name !== platformTeamExample.name)
    .map((name) => [name, name, ["--config", policyConfigFile]] as const),
  ...["dev", "prod"].map(
    (stack) =>
      [
        `${platformTeamExample.name} (${stack})`,
        platformTeamExample.name,
        ["--stack", stack, "--config", platformTeamExample.config],
      ] as const,
  ),
];
const runs: CliRun[] = [];

beforeAll(async () => {
  runs.push(
    ...(await inBatches(checks, processSlots, ([, name, args]) =>
      runCli(["check", join(examplesDir, name), ...args, "--format", "json"]),
    )),
  );
}, 240_000);

it("declares the version the report writes", () => {
  expect(schema.properties.schemaVersion.const).toBe(jsonReportSchemaVersion);
});

it.each(checks.map(([label], index) => [label, index] as const))(
  "accepts the report of %s",
  (_name, index) => {
    const run = runs[index]!;
    expect([run.code, run.stderr]).toEqual([expect.any(Number), ""]);
    expect(schemaErrors(validate, JSON.parse(run.stdout))).toEqual([]);
  },
);

it("describes each kind of finding the pack writes, once", () => {
  const described = Object.values(schema.definitions).flatMap(
    (definition) => definition.properties?.code?.const ?? [],
  );

  expect([...described].sort()).toEqual(sentences.map((s) => s.code).sort());
});

it.each(findingDetails)("accepts a report with %s", (_name, detail) => {
  // Exemption notes are ai-exemptions' own, so they fill the report's `exemptions` too.
  const policy = detail.code.startsWith("exemption-") ? "ai-exemptions" : "ai-required-tags";
  const finding = findingOf({ policy, detail, message: formatFinding(detail) });

  expect(schemaErrors(validate, JSON.parse(renderJsonReport(checkResultOf([finding]))))).toEqual(
    [],
  );
});

it("accepts remediations, and a finding with no line, detail or severity", () => {
  const result = checkResultOf(
    [
      findingOf({
        detail: undefined,
        message: "A pack's own words.",
        location: undefined,
        frames: [],
        severity: undefined,
      }),
    ],
    {
      remediations: [
        {
          policy: "ai-required-tags",
          urn: "urn:pulumi:dev::demo::aws:bedrock/guardrail:Guardrail::guard",
          type: "aws:bedrock/guardrail:Guardrail",
          name: "guard",
          changes: [
            { path: "tags.owner", after: "ana" },
            { path: "tags.team", before: "x", after: "[secret]" },
          ],
          location: { file: "index.ts", line: 3, column: 1 },
        },
      ],
    },
  );

  expect(schemaErrors(validate, JSON.parse(renderJsonReport(result)))).toEqual([]);
});

describe("refuses drift", () => {
  const report = () =>
    JSON.parse(renderJsonReport(checkResultOf([findingOf()]))) as {
      violations: Record<string, unknown>[];
      summary: Record<string, unknown>;
    } & Record<string, unknown>;

  it.each([
    ["a top-level field", (r: ReturnType<typeof report>) => Object.assign(r, { extra: 1 })],
    ["a summary field", (r: ReturnType<typeof report>) => Object.assign(r.summary, { extra: 1 })],
    [
      "a violation field",
      (r: ReturnType<typeof report>) => Object.assign(r.violations[0]!, { extra: 1 }),
    ],
    [
      "a detail field",
      (r: ReturnType<typeof report>) =>
        Object.assign(r.violations[0]!.detail as object, { extra: 1 }),
    ],
    [
      "a detail missing a field",
      (r: ReturnType<typeof report>) =>
        delete (r.violations[0]!.detail as { present?: unknown }).present,
    ],
    [
      "an unknown level",
      (r: ReturnType<typeof report>) =>
        Object.assign(r.violations[0]!, { enforcementLevel: "remediate" }),
    ],
    [
      "another schema version",
      (r: ReturnType<typeof report>) => Object.assign(r, { schemaVersion: 2 }),
    ],
  ])("rejects %s", (_name, change) => {
    const changed = report();
    change(changed);

    expect(schemaErrors(validate, changed)).not.toEqual([]);
  });
});
