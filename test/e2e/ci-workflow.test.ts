import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot, scratchDirectory } from "../support/program-copy";
import { inBatches, processSlots, runCli, type CliRun } from "../support/run-cli";
import { sarifValidator, schemaErrors } from "../support/sarif-schema";

// examples/ci/aigov.yml must keep working as the commands and files change: its aigov command
// lines are run as written (reports redirected to a scratch directory), and the steps that
// read their reports, and the Pulumi CLI job, must name the same files, program and config.

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, unknown>>;
  readonly env?: Readonly<Record<string, string>>;
}

interface Job {
  readonly if?: string;
  readonly permissions: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}

interface Workflow {
  readonly on: Readonly<Record<string, unknown>>;
  readonly jobs: { readonly check: Job; readonly preview: Job };
}

const ciDir = join(repoRoot, "examples", "ci");
const workflow = parse(readFileSync(join(ciDir, "aigov.yml"), "utf8")) as Workflow;
const { check, preview } = workflow.jobs;

/** The `npx aigov ...` run lines; a test checks they are plain words, so splitting is exact. */
const aigovLines = check.steps.flatMap((step) => {
  const run = step.run?.trim();
  return run?.startsWith("npx aigov ") === true ? [run] : [];
});
const aigovCommands = aigovLines.map((line) => line.split(/ +/).slice(2));

function optionOf(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

const commandWithFormat = (format: string) => {
  const command = aigovCommands.find((args) => optionOf(args, "--format") === format);
  expect(command).toBeDefined();
  return command!;
};

const stepUsing = (job: Job, action: string) => {
  const step = job.steps.find((s) => s.uses?.split("@")[0] === action);
  expect(step).toBeDefined();
  return step!;
};

/** A `${{ github.workspace }}/x` path as a path from the repository root. */
function fromWorkspace(value: unknown): string {
  const prefix = "${{ github.workspace }}/";
  expect(String(value).startsWith(prefix)).toBe(true);
  return String(value).slice(prefix.length);
}

const scratch = scratchDirectory("aigov-ci-");
const reportPath = (args: readonly string[]) => join(scratch, optionOf(args, "--output") ?? "");
let runs: CliRun[];

beforeAll(async () => {
  runs = await inBatches(aigovCommands, processSlots, (args) =>
    runCli(args.map((arg, i) => (args[i - 1] === "--output" ? join(scratch, arg) : arg))),
  );
}, 180_000);

it("runs on pull requests and installs with npm ci before aigov", () => {
  expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
  const runLines = check.steps.map((s) => s.run?.trim());
  const install = runLines.indexOf("npm ci");
  const firstCheck = runLines.findIndex((line) => line?.startsWith("npx aigov ") === true);
  expect(install).toBeGreaterThanOrEqual(0);
  expect(firstCheck).toBeGreaterThan(install);
});

it("runs aigov check for SARIF and Markdown, each writing its report to a file", () => {
  for (const line of aigovLines) expect(line).toMatch(/^[\w@%+=:,./ -]+$/);
  expect(aigovCommands.map((args) => [args[0], optionOf(args, "--format")])).toEqual([
    ["check", "sarif"],
    ["check", "markdown"],
  ]);
  for (const args of aigovCommands) expect(optionOf(args, "--output")).toBeDefined();
});

it("runs commands aigov accepts: exit 0 or 1, nothing on stdout, the report written", () => {
  const validate = sarifValidator();
  aigovCommands.forEach((args, index) => {
    const run = runs[index]!;
    expect({ args, code: [0, 1].includes(run.code ?? -1), stdout: run.stdout }).toEqual({
      args,
      code: true,
      stdout: "",
    });
    const report = readFileSync(reportPath(args), "utf8");
    if (optionOf(args, "--format") === "sarif") {
      expect(schemaErrors(validate, JSON.parse(report))).toEqual([]);
    } else {
      expect(report).toMatch(/^(### |✅ )/);
    }
  });
});

it("uploads the SARIF file the check writes, even when the check failed the job", () => {
  const upload = stepUsing(check, "github/codeql-action/upload-sarif");

  expect(upload.with?.sarif_file).toBe(optionOf(commandWithFormat("sarif"), "--output"));
  expect(upload.if).toMatch(/^always\(\) /);
  expect(check.permissions["security-events"]).toBe("write");
});

it("comments the Markdown file the check writes, even when the check failed the job", () => {
  const comment = stepUsing(check, "marocchino/sticky-pull-request-comment");
  const summary = check.steps.find((s) => s.run?.includes("--format markdown") === true);

  expect(comment.with?.path).toBe(optionOf(commandWithFormat("markdown"), "--output"));
  expect(comment.if).toMatch(/^always\(\) /);
  expect(summary?.if).toMatch(/^always\(\) /);
  expect(check.permissions["pull-requests"]).toBe("write");
});

it("previews the same program, pack and config with the Pulumi CLI", () => {
  const sarif = commandWithFormat("sarif");
  const pulumi = stepUsing(preview, "pulumi/actions");
  const policyPack = fromWorkspace(pulumi.with?.policyPacks);

  expect(pulumi.with?.command).toBe("preview");
  expect(pulumi.with?.["work-dir"]).toBe(sarif[1]);
  expect(existsSync(join(repoRoot, policyPack, "PulumiPolicy.yaml"))).toBe(true);
  expect(fromWorkspace(pulumi.with?.policyPackConfigs)).toBe(optionOf(sarif, "--config"));
  expect(pulumi.env?.PULUMI_ACCESS_TOKEN).toBe("${{ secrets.PULUMI_ACCESS_TOKEN }}");
});

it("takes AWS credentials through OIDC, and runs only where they are set up", () => {
  const aws = stepUsing(preview, "aws-actions/configure-aws-credentials");

  expect(aws.with?.["role-to-assume"]).toBeDefined();
  expect(preview.permissions["id-token"]).toBe("write");
  expect(preview.if).toContain("vars.AWS_ROLE_ARN != ''");
});

it("pins every action to a major version", () => {
  const uses = [...check.steps, ...preview.steps].flatMap((s) => s.uses ?? []);

  expect(uses.filter((u) => !/^[\w.-]+\/[\w.-]+(\/[\w.-]+)?@v\d+$/.test(u))).toEqual([]);
});

it("is not a Pulumi project, so the demo and the example tables skip it", () => {
  expect(existsSync(join(ciDir, "Pulumi.yaml"))).toBe(false);
});
