import { join } from "node:path";
import { runCli, type CliRun } from "../support/run-cli";
import { platformTeamExample } from "./examples";
import { sortRows, toFindingRow, type FindingRow, type JsonReport } from "./report-rows";

// The dates in the example's config mean something relative to this day: the pilot's exemption
// has 42 days left, the load test's ended four days ago, Claude 3 Haiku retires in 117 days.
const today = "2026-12-04";
const sonnet = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const claude3Haiku = "anthropic.claude-3-haiku-20240307-v1:0";

interface ExemptionUse {
  readonly exemption: { readonly policy: string; readonly index: number };
  readonly state: string;
  readonly daysLeft?: number;
  readonly resources: readonly string[];
  readonly waived: readonly string[];
}

interface PlatformReport extends JsonReport {
  readonly exemptions: readonly ExemptionUse[];
}

/** What both stacks show: the waived pilot, and the model being retired. */
const everywhere: FindingRow[] = [
  [
    "ai-exemptions",
    "advisory",
    "pilot-grants-agent",
    "exemption-applied",
    "pilot-* waives missing-tags",
  ],
  [
    "ai-exemptions",
    "advisory",
    "pilot-grants-agent",
    "exemption-applied",
    "pilot-* waives tag-value-mismatch",
  ],
  [
    "ai-model-retirement",
    "advisory",
    "lookup-agent",
    "model-retiring",
    `${claude3Haiku} until 2027-03-31`,
  ],
];

const designed: Readonly<Record<"dev" | "prod", { exitCode: number; rows: FindingRow[] }>> = {
  dev: {
    exitCode: 1,
    rows: [
      ...everywhere,
      [
        "ai-approved-model",
        "mandatory",
        "synthesis-agent",
        "model-out-of-scope",
        `${sonnet} in environment dev`,
      ],
      [
        "ai-cost-limits",
        "mandatory",
        "embeddings-throughput",
        "cost-option-not-allowed",
        "commitmentDuration=OneMonth",
      ],
      [
        "ai-cost-limits",
        "mandatory",
        "paper-summariser",
        "cost-option-not-allowed",
        "productionVariants[0].instanceType=ml.g5.12xlarge",
      ],
      [
        "ai-cost-limits",
        "mandatory",
        "paper-summariser",
        "cost-limit-exceeded",
        "productionVariants[0].initialInstanceCount=2",
      ],
      [
        "ai-exemptions",
        "advisory",
        "paper-summariser",
        "exemption-expired",
        "urn:pulumi:dev::platform-team::aws:sagemaker/endpointConfiguration:EndpointConfiguration::*",
      ],
    ],
  },
  // Sonnet is approved for synthesis in prod, and prod's limits allow the endpoint and the
  // one-month commitment; the load-test exemption names dev resources only.
  prod: { exitCode: 0, rows: everywhere },
};

const runs = new Map<string, CliRun>();

beforeAll(async () => {
  const program = join("examples", platformTeamExample.name);
  const [dev, prod] = await Promise.all(
    (["dev", "prod"] as const).map((stack) =>
      runCli(
        [
          "check",
          program,
          "--stack",
          stack,
          "--config",
          platformTeamExample.config,
          "--format",
          "json",
        ],
        { env: { AIGOV_TODAY: today } },
      ),
    ),
  );
  runs.set("dev", dev as CliRun);
  runs.set("prod", prod as CliRun);
}, 120_000);

describe.each(["dev", "prod"] as const)(
  "aigov check examples/platform-team --stack %s",
  (stack) => {
    it("exits with the designed code and writes nothing to stderr", () => {
      const run = runs.get(stack);
      expect({ exitCode: run?.code, stderr: run?.stderr }).toEqual({
        exitCode: designed[stack].exitCode,
        stderr: "",
      });
    });

    it("reports exactly the designed findings", () => {
      const report = JSON.parse(runs.get(stack)?.stdout ?? "{}") as PlatformReport;
      expect(sortRows(report.violations.map(toFindingRow))).toEqual(sortRows(designed[stack].rows));
    });

    it("lists the pilot's exemption as applied, with its days left", () => {
      const report = JSON.parse(runs.get(stack)?.stdout ?? "{}") as PlatformReport;
      expect(report.exemptions.find((use) => use.state === "applied")).toEqual({
        exemption: expect.objectContaining({
          policy: "ai-required-tags",
          index: 0,
          owner: "maria@example.com",
        }) as unknown,
        state: "applied",
        daysLeft: 42,
        resources: ["pilot-grants-agent"],
        waived: ["missing-tags", "tag-value-mismatch"],
      });
    });
  },
);

it("lists the load test's exemption as expired in dev", () => {
  const report = JSON.parse(runs.get("dev")?.stdout ?? "{}") as PlatformReport;
  expect(report.exemptions.filter((use) => use.state === "expired")).toEqual([
    expect.objectContaining({
      exemption: expect.objectContaining({ policy: "ai-cost-limits", index: 0 }) as unknown,
      resources: ["paper-summariser"],
      waived: [],
    }),
  ]);
});
