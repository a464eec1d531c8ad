// `aigov report` on the bundled examples, with every number worked out by hand from the example's
// source and config (examples/policy-config.json unless said otherwise), not read from a run.
import { join } from "node:path";
import { coverageReportSchemaVersion } from "../../src/report/coverage-json";
import { coverageSchema, validateCoverageReport } from "../support/coverage-schema";
import { schemaErrors } from "../support/sarif-schema";
import { inBatches, processSlots, runCli, type CliRun } from "../support/run-cli";
import {
  examplesDir,
  exampleNames,
  platformTeamExample,
  policyConfigFile,
  type ExampleName,
} from "./examples";

interface CountJson {
  readonly attributed: number;
  readonly total: number;
  readonly percent: number | null;
}

interface ResourceJson {
  readonly name: string;
  readonly spendDriver: string | null;
  readonly attribution: string;
  readonly exemptions: readonly { readonly policy: string; readonly index: number }[];
  readonly file: string | null;
}

interface CoverageJson {
  readonly schemaVersion: number;
  readonly coverage: CountJson;
  readonly byProvider: readonly (CountJson & {
    readonly provider: string;
    readonly types: readonly (CountJson & { readonly type: string })[];
  })[];
  readonly unattributed: readonly ResourceJson[];
  readonly notCounted: readonly ResourceJson[];
  readonly byTag: readonly { key: string; values: { value: string; resources: number }[] }[];
  readonly caveats: readonly string[];
}

/** What a report must say, reduced to what a reader checks first. */
interface Expected {
  readonly coverage: CountJson;
  /** [provider, attributed, total] */
  readonly byProvider: readonly (readonly [string, number, number])[];
  /** Names, spend drivers first, each with its state: unattributed or exempted. */
  readonly unattributed: readonly (readonly [string, string])[];
  readonly notCounted: readonly string[];
  /** Per required tag: "value=count", most common first, markers last. */
  readonly byTag: Readonly<Record<string, readonly string[]>>;
}

const hand: Readonly<Record<ExampleName, Expected>> = {
  // Five AI resources; the knowledge-base association takes no tags, so 4 count. Only the alias
  // (commonTags: CC-2048, support-ml, dev) is attributed: the guardrail says environment
  // "production", the agent spells CostCenter, and the knowledge base's owner is the ingestion
  // role's name, unknown at preview. 1 of 4 = 25%. No Bedrock type here is a spend driver.
  "bedrock-agent": {
    coverage: { attributed: 1, total: 4, percent: 25 },
    byProvider: [["aws-bedrock", 1, 4]],
    unattributed: [
      ["support-guardrail", "unattributed"],
      ["support-kb", "unattributed"],
      ["support-agent", "unattributed"],
    ],
    notCounted: ["support-agent-docs"],
    byTag: {
      // guardrail, knowledge base and alias carry CC-2048; the agent's key is CostCenter.
      "cost-center": ["CC-2048=3", "(missing)=1"],
      owner: ["support-ml=3", "(unknown)=1"],
      environment: ["dev=3", "production=1"],
    },
  },
  // Model, endpoint configuration, endpoint: the provider's default tags give all three owner
  // search-ml and environment dev; the model and endpoint have cost center CC-3107, the endpoint
  // configuration CC-310, one digit short. 2 of 3 = 66.7%, and the unattributed one is a spend
  // driver.
  "sagemaker-endpoint": {
    coverage: { attributed: 2, total: 3, percent: 66.7 },
    byProvider: [["aws-sagemaker", 2, 3]],
    unattributed: [["chat-endpoint-config", "unattributed"]],
    notCounted: [],
    byTag: {
      "cost-center": ["CC-3107=2", "CC-310=1"],
      owner: ["search-ml=3"],
      environment: ["dev=3"],
    },
  },
  // The account lacks owner (it sits on the resource group only), and both deployments bill to
  // that account: 0 of 3. The deployments are spend drivers, so they come first, and they show
  // the account's tags.
  "azure-openai": {
    coverage: { attributed: 0, total: 3, percent: 0 },
    byProvider: [["azure-openai", 0, 3]],
    unattributed: [
      ["chat", "unattributed"],
      ["chat-legacy", "unattributed"],
      ["copilot-openai", "unattributed"],
    ],
    notCounted: [],
    byTag: {
      "cost-center": ["CC-5120=3"],
      owner: ["(missing)=3"],
      environment: ["dev=3"],
    },
  },
  // Seven AI resources, one an association without tags: 6 count, all attributed through
  // aws:defaultTags (CC-7310, assistant-platform) and commonTags (environment dev).
  compliant: {
    coverage: { attributed: 6, total: 6, percent: 100 },
    byProvider: [
      ["aws-bedrock", 3, 3],
      ["aws-sagemaker", 3, 3],
    ],
    unattributed: [],
    notCounted: ["help-center-articles"],
    byTag: {
      "cost-center": ["CC-7310=6"],
      owner: ["assistant-platform=6"],
      environment: ["dev=6"],
    },
  },
};

// platform-team's dev stack with its own config, which also requires "team": three agents, the
// provisioned throughput, the model and the endpoint configuration, 6 in all. The pilot agent has
// cost center "TBD" and no team, but exemption 0 (pilot-*) waives that: exempted, not attributed.
// The other five take CC-4120 and research-platform from aws:defaultTags and team research from
// their tags: 5 of 6 = 83.3%.
const platformTeamDev: Expected = {
  coverage: { attributed: 5, total: 6, percent: 83.3 },
  byProvider: [
    ["aws-bedrock", 3, 4],
    ["aws-sagemaker", 2, 2],
  ],
  unattributed: [["pilot-grants-agent", "exempted"]],
  notCounted: [],
  byTag: {
    "cost-center": ["CC-4120=5", "TBD=1"],
    owner: ["research-platform=6"],
    team: ["research=5", "(missing)=1"],
    environment: ["dev=6"],
  },
};

function summaryOf(report: CoverageJson): Expected {
  return {
    coverage: report.coverage,
    byProvider: report.byProvider.map((p) => [p.provider, p.attributed, p.total] as const),
    unattributed: report.unattributed.map((r) => [r.name, r.attribution] as const),
    notCounted: report.notCounted.map((r) => r.name),
    byTag: Object.fromEntries(
      report.byTag.map((tag) => [
        tag.key,
        tag.values.map((v) => `${v.value}=${String(v.resources)}`),
      ]),
    ),
  };
}

const runs = new Map<string, CliRun>();

beforeAll(async () => {
  const tasks: [string, () => Promise<CliRun>][] = [
    ...exampleNames.map((name): [string, () => Promise<CliRun>] => [
      name,
      () =>
        runCli([
          "report",
          join("examples", name),
          "--config",
          policyConfigFile,
          "--format",
          "json",
        ]),
    ]),
    [
      "sagemaker-endpoint text",
      () =>
        runCli(["report", join("examples", "sagemaker-endpoint"), "--config", policyConfigFile]),
    ],
    [
      platformTeamExample.name,
      () =>
        runCli(
          [
            "report",
            join(examplesDir, platformTeamExample.name),
            "--stack",
            "dev",
            "--config",
            platformTeamExample.config,
            "--format",
            "json",
          ],
          { env: { AIGOV_TODAY: "2026-06-01" } },
        ),
    ],
  ];
  const results = await inBatches(tasks, processSlots, ([, task]) => task());
  tasks.forEach(([name], index) => runs.set(name, results[index] as CliRun));
}, 180_000);

function reportOf(name: string): CoverageJson {
  const run = runs.get(name);
  expect({ code: run?.code, stderr: run?.stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(run?.stdout ?? "") as CoverageJson;
}

it("declares in its schema the version the report writes", () => {
  expect(coverageSchema.properties.schemaVersion.const).toBe(coverageReportSchemaVersion);
});

it.each([...exampleNames, platformTeamExample.name])(
  "writes a report of examples/%s that schema/coverage-report.schema.json accepts",
  (name) => {
    expect(schemaErrors(validateCoverageReport, reportOf(name))).toEqual([]);
  },
);

it.each([
  ["a top-level field", (r: Record<string, unknown>) => Object.assign(r, { extra: 1 })],
  [
    "a resource field",
    (r: Record<string, unknown>) =>
      Object.assign((r.resources as Record<string, unknown>[])[0]!, { extra: 1 }),
  ],
  [
    "an attribution state",
    (r: Record<string, unknown>) => {
      (r.resources as Record<string, unknown>[])[0]!.attribution = "partly";
    },
  ],
])("has a schema that refuses %s it does not know", (_name, drift) => {
  const report = structuredClone(reportOf("bedrock-agent")) as unknown as Record<string, unknown>;
  drift(report);
  expect(schemaErrors(validateCoverageReport, report)).not.toEqual([]);
});

it.each(exampleNames)("reports the hand-counted coverage of examples/%s", (name) => {
  const report = reportOf(name);
  expect(report.schemaVersion).toBe(1);
  expect(summaryOf(report)).toEqual(hand[name]);
  expect(report.caveats).toEqual([]);
});

it("reports an exempted resource as not attributed, naming its exemption", () => {
  const report = reportOf(platformTeamExample.name);
  expect(summaryOf(report)).toEqual(platformTeamDev);
  expect(report.unattributed[0]?.exemptions).toEqual([
    expect.objectContaining({ policy: "ai-required-tags", index: 0 }),
  ]);
});

it("points each unattributed resource at its line, and names what a spend driver bills for", () => {
  const [config] = reportOf("sagemaker-endpoint").unattributed;
  expect([config?.file, config?.spendDriver]).toEqual(["index.ts", "endpoint configuration"]);
});

it("prints the same numbers as text", () => {
  const run = runs.get("sagemaker-endpoint text");
  const lines = run?.stdout.split("\n") ?? [];
  expect(run?.code).toBe(0);
  expect(lines[0]).toBe("Attribution coverage of sagemaker-endpoint/dev (ai-governance@v0.1.0)");
  expect(lines).toContain("    2 of 3 AI resources attributed (66.7%)");
  expect(lines.slice(lines.indexOf("Unattributed spend drivers:") + 1)[0]).toMatch(
    /^ {4}aws:sagemaker:EndpointConfiguration: chat-endpoint-config \[endpoint configuration\] {2}index\.ts:\d+$/,
  );
  expect(lines.some((line) => /^ {4}aws-sagemaker +2 of 3 \(66\.7%\)$/.test(line))).toBe(true);
  expect(lines.some((line) => /^ {8}CC-310 +1 \(0 attributed\)$/.test(line))).toBe(true);
});
