import type { ValidateFunction } from "ajv";
import type { CheckFinding } from "../../src/check/check-result";
import { allPolicyNames } from "../../src/config/policy-names";
import type { SarifLog, SarifResult } from "../../src/report/sarif-log";
import { renderSarifReport, type SarifContext } from "../../src/report/sarif-report";
import { fingerprintKey } from "../../src/report/sarif-results";
import { checkResultOf, findingOf } from "../support/check-results";
import { sarifValidator, schemaErrors } from "../support/sarif-schema";

// The SARIF log built from check results made here, so each mapping is shown on its own; the
// examples, through the CLI, are in sarif-examples.test.ts.

const context: SarifContext = {
  sourceRoot: "/repo",
  programDirectory: "/repo/programs/demo",
  projectFile: "Pulumi.yaml",
  toolVersion: "1.2.3",
  informationUri: "file:///opt/aigov/README.md",
  docUri: (policy) => `file:///opt/aigov/docs/policies/${policy}.md`,
};

const stackUrn = "urn:pulumi:dev::demo::pulumi:pulumi:Stack::demo-dev";

function sarifOf(findings: readonly CheckFinding[]): SarifLog {
  return JSON.parse(renderSarifReport(checkResultOf(findings), context)) as SarifLog;
}

function onlyResult(finding: CheckFinding): SarifResult {
  const [result, ...rest] = sarifOf([finding]).runs[0]!.results;
  expect(rest).toEqual([]);
  return result!;
}

let validate: ValidateFunction;

beforeAll(() => {
  validate = sarifValidator();
});

it("writes a log the SARIF 2.1.0 schema accepts, whatever the findings hold", () => {
  const log = sarifOf([
    findingOf(),
    findingOf({ location: undefined, frames: [] }),
    findingOf({ urn: stackUrn, type: "", name: "", detail: undefined, location: undefined }),
    findingOf({ policy: "ai-exemptions", enforcementLevel: "advisory", severity: undefined }),
    findingOf({ policy: "acme-extra", description: "" }),
    findingOf({ location: { file: "lib/a b#1.ts", line: 3, column: 1 } }),
  ]);

  expect(schemaErrors(validate, log)).toEqual([]);
});

it("writes the schema's version, and the tool with its version and home", () => {
  const log = sarifOf([]);

  expect(log.version).toBe("2.1.0");
  expect(log.runs[0]!.tool.driver).toMatchObject({
    name: "aigov",
    version: "1.2.3",
    semanticVersion: "1.2.3",
    informationUri: "file:///opt/aigov/README.md",
  });
  expect(log.runs[0]!.automationDetails).toEqual({ id: "aigov/demo/dev/" });
  expect(log.runs[0]!.results).toEqual([]);
});

it("has one rule per policy of the pack, with its description, help and page", () => {
  const rules = sarifOf([]).runs[0]!.tool.driver.rules;

  expect(rules.map((r) => r.id)).toEqual(allPolicyNames);
  for (const rule of rules) {
    expect(rule).toMatchObject({
      shortDescription: { text: `What ${rule.id} checks.` },
      helpUri: `file:///opt/aigov/docs/policies/${rule.id}.md`,
    });
    expect(rule.fullDescription.text).toContain(`What ${rule.id} checks.`);
    expect(rule.help.text).toContain(`docs/policies/${rule.id}.md`);
  }
});

it("marks a disabled policy's rule disabled, and gives an unlisted policy a rule", () => {
  const result = checkResultOf([findingOf({ policy: "acme-extra", description: "Extra." })]);
  const log = JSON.parse(
    renderSarifReport(
      {
        ...result,
        policies: result.policies.map((p) =>
          p.name === "ai-cost-limits" ? { ...p, enforcementLevel: "disabled" } : p,
        ),
      },
      context,
    ),
  ) as SarifLog;
  const rules = log.runs[0]!.tool.driver.rules;

  expect(rules.find((r) => r.id === "ai-cost-limits")?.defaultConfiguration).toEqual({
    enabled: false,
  });
  expect(rules.at(-1)).toMatchObject({ id: "acme-extra", shortDescription: { text: "Extra." } });
  expect(log.runs[0]!.results[0]).toMatchObject({
    ruleId: "acme-extra",
    ruleIndex: rules.length - 1,
  });
});

it.each([
  ["ai-required-tags", "mandatory", "error"],
  ["ai-approved-model", "mandatory", "error"],
  ["ai-not-checkable", "advisory", "warning"],
  ["ai-model-retirement", "advisory", "warning"],
  ["ai-exemptions", "advisory", "note"],
  ["ai-exemptions", "mandatory", "error"],
] as const)("reports %s at the %s level as %s", (policy, enforcementLevel, level) => {
  const result = onlyResult(findingOf({ policy, enforcementLevel }));

  expect({ ruleId: result.ruleId, level: result.level }).toEqual({ ruleId: policy, level });
  expect(result.ruleIndex).toBe(allPolicyNames.indexOf(policy));
});

it("points at the constructor's line and column, from the repository root", () => {
  const result = onlyResult(findingOf());

  expect(result.message).toEqual({
    text: 'Add the required tag "owner"; the resource has "team".',
  });
  expect(result.locations[0]).toEqual({
    physicalLocation: {
      artifactLocation: { uri: "programs/demo/index.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, startColumn: 7 },
    },
    logicalLocations: [
      {
        name: "guard",
        fullyQualifiedName: "urn:pulumi:dev::demo::aws:bedrock/guardrail:Guardrail::guard",
        kind: "resource",
      },
    ],
  });
  expect(sarifOf([]).runs[0]!.originalUriBaseIds).toEqual({
    "%SRCROOT%": { uri: "file:///repo/" },
  });
});

it("percent-encodes a path, so a space or a # stays part of it", () => {
  const result = onlyResult(findingOf({ location: { file: "lib/a b#1.ts", line: 3, column: 1 } }));

  expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(
    "programs/demo/lib/a%20b%231.ts",
  );
});

it("anchors a finding without a program line at Pulumi.yaml, with the URN as logical location", () => {
  const result = onlyResult(
    findingOf({ urn: stackUrn, type: "", name: "", location: undefined, frames: [] }),
  );

  expect(result.locations[0]).toEqual({
    physicalLocation: {
      artifactLocation: { uri: "programs/demo/Pulumi.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 1 },
    },
    logicalLocations: [{ name: "demo-dev", fullyQualifiedName: stackUrn, kind: "resource" }],
  });
});

describe("fingerprints", () => {
  const retiring = (daysLeft: number) =>
    findingOf({
      policy: "ai-model-retirement",
      enforcementLevel: "advisory",
      detail: {
        code: "model-retiring",
        field: "foundationModel",
        model: { value: "anthropic.claude-v2" },
        retires: "2031-01-31",
        daysLeft,
      },
    });
  const fingerprint = (finding: CheckFinding) =>
    onlyResult(finding).partialFingerprints[fingerprintKey];

  it("stay the same when the line moves or the days left change", () => {
    expect(fingerprint(findingOf({ location: { file: "index.ts", line: 40, column: 3 } }))).toBe(
      fingerprint(findingOf()),
    );
    expect(fingerprint(retiring(30))).toBe(fingerprint(retiring(29)));
  });

  it("differ between resources and between findings on one resource", () => {
    const fingerprints = new Set([
      fingerprint(findingOf()),
      fingerprint(findingOf({ urn: `${stackUrn}x` })),
      fingerprint(findingOf({ detail: { code: "missing-tags", missing: ["team"], present: [] } })),
      fingerprint(findingOf({ policy: "ai-not-checkable" })),
    ]);

    expect(fingerprints.size).toBe(4);
  });
});
