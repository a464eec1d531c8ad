import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sortRows, toFindingRow, type FindingRow, type JsonReport } from "./report-rows";
import { copyProgram } from "../support/program-copy";
import { inBatches, processSlots, type CliRun } from "../support/run-cli";
import {
  allExampleNames,
  examplesDir,
  exampleNames,
  runAigovCheck,
  type ExampleName,
} from "./examples";

const claude35Haiku = "anthropic.claude-3-5-haiku-20241022-v1:0";

interface Design {
  readonly exitCode: number;
  /** How many resources the pack must see as AI resources, so a clean report is not vacuous. */
  readonly aiResources: number;
  readonly rows: readonly FindingRow[];
}

/** What each example is built to show, and nothing more: no finding on any other resource. */
const designed: Readonly<Record<ExampleName, Design>> = {
  "bedrock-agent": {
    exitCode: 1,
    aiResources: 5,
    rows: [
      [
        "ai-approved-model",
        "mandatory",
        "support-agent",
        "unapproved-model",
        `anthropic.claude-v2 -> ${claude35Haiku}`,
      ],
      [
        "ai-required-tags",
        "mandatory",
        "support-agent",
        "misspelled-tag-key",
        "CostCenter -> cost-center",
      ],
      [
        "ai-required-tags",
        "mandatory",
        "support-guardrail",
        "tag-value-not-allowed",
        "environment=production",
      ],
      ["ai-not-checkable", "advisory", "support-kb", "tag-value-unknown", "owner"],
    ],
  },
  "sagemaker-endpoint": {
    exitCode: 1,
    aiResources: 3,
    rows: [
      [
        "ai-approved-model",
        "mandatory",
        "chat-model",
        "unapproved-model",
        "meta-llama/Meta-Llama-3-8B-Instruct",
      ],
      [
        "ai-required-tags",
        "mandatory",
        "chat-endpoint-config",
        "tag-value-mismatch",
        "cost-center=CC-310",
      ],
    ],
  },
  "azure-openai": {
    exitCode: 1,
    aiResources: 3,
    rows: [
      ["ai-required-tags", "mandatory", "copilot-openai", "missing-tags", "owner"],
      ["ai-approved-model", "mandatory", "chat", "model-version-not-approved", "gpt-4o"],
      ["ai-approved-model", "mandatory", "chat-legacy", "unapproved-model", "gpt-35-turbo@0125"],
    ],
  },
  compliant: { exitCode: 0, aiResources: 7, rows: [] },
};

function readReport(result: CliRun): { aiResources: number; rows: FindingRow[] } {
  const report = JSON.parse(result.stdout) as JsonReport;
  return {
    aiResources: report.summary.aiResources,
    rows: sortRows(report.violations.map(toFindingRow)),
  };
}

function expectedReport(name: ExampleName): { aiResources: number; rows: FindingRow[] } {
  return { aiResources: designed[name].aiResources, rows: sortRows(designed[name].rows) };
}

/** The 1-based line of `new <Type>("<name>", ...)` in a program file: where a finding points. */
function constructionLine(file: string, name: string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const matches = lines.flatMap((text, index) =>
    text.includes("new ") && text.includes(`("${name}"`) ? [index + 1] : [],
  );
  expect(matches).toHaveLength(1);
  return matches[0] ?? 0;
}

// Each check starts a program and a policy pack (~3 s); they run side by side.
const jsonRuns = new Map<ExampleName, CliRun>();
let copyRun: CliRun;
let textRun: CliRun;

beforeAll(async () => {
  // Outside the checkout the program finds its packages the way a user's install would.
  const copy = copyProgram(join(examplesDir, "bedrock-agent"), "aigov-examples-");

  const tasks = [
    () => runAigovCheck(copy, "json"),
    () => runAigovCheck(join("examples", "bedrock-agent"), "text"),
    ...exampleNames.map((name) => () => runAigovCheck(join("examples", name), "json")),
  ];
  const [copied, text, ...json] = await inBatches(tasks, processSlots, (task) => task());
  copyRun = copied as CliRun;
  textRun = text as CliRun;
  exampleNames.forEach((name, index) => jsonRuns.set(name, json[index] as CliRun));
}, 180_000);

it("has a designed table for every example project", () => {
  const projects = readdirSync(examplesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, "Pulumi.yaml")),
    )
    .map((entry) => entry.name)
    .sort();
  expect(projects).toEqual([...allExampleNames].sort());
});

describe.each(exampleNames)("aigov check examples/%s", (name) => {
  it("exits with the designed code and writes nothing to stderr", () => {
    const run = jsonRuns.get(name);
    expect({ exitCode: run?.code, stderr: run?.stderr }).toEqual({
      exitCode: designed[name].exitCode,
      stderr: "",
    });
  });

  it("reports exactly the designed findings", () => {
    const run = jsonRuns.get(name);
    expect(run && readReport(run)).toEqual(expectedReport(name));
  });
});

it("reports the same findings for a copy of an example outside the checkout", () => {
  expect(copyRun.code).toBe(designed["bedrock-agent"].exitCode);
  expect(readReport(copyRun)).toEqual(expectedReport("bedrock-agent"));
});

it("prints a Policies: block naming each flagged resource at its index.ts line", () => {
  const programFile = join(examplesDir, "bedrock-agent", "index.ts");
  const flagged = [...new Set(designed["bedrock-agent"].rows.map((row) => row[2]))];
  const expected = flagged.map((name) => [name, `index.ts:${constructionLine(programFile, name)}`]);

  const lines = textRun.stdout.split("\n");
  const headings = lines.flatMap((line) => {
    const match = /^ {8}\S+: (\S+) {2}(\S+:\d+)$/.exec(line);
    return match ? [[match[1], match[2]]] : [];
  });

  expect(textRun.code).toBe(1);
  expect(lines[0]).toBe("Policies:");
  expect(headings.sort()).toEqual(expected.sort());
});
