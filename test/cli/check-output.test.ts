import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { exitCodes } from "../../src/cli/exit-codes";
import { policyConfigFile } from "../e2e/examples";
import { scratchDirectory } from "../support/program-copy";
import { inBatches, processSlots, runCli, type CliRun } from "../support/run-cli";

// `aigov check --output <file>` for every format: the report goes to the file, whole, and
// stdout stays empty; a path that cannot take a file is refused before the program runs.

const formats = ["text", "json", "sarif", "markdown"] as const;
type Format = (typeof formats)[number];

const program = join("examples", "bedrock-agent");
const scratch = scratchDirectory("aigov-output-");
const outputOf = (format: Format) => join(scratch, format, `report.${format}`);
const checkArgs = (...rest: string[]) => ["check", program, "--config", policyConfigFile, ...rest];

const toFile = new Map<Format, CliRun>();
let toStdout: CliRun;

beforeAll(async () => {
  for (const format of formats) mkdirSync(dirname(outputOf(format)));
  // A report from an earlier run, which the new one must replace.
  writeFileSync(outputOf("json"), "stale\n");
  const tasks = [
    ...formats.map(
      (format) => () => runCli(checkArgs("--format", format, "--output", outputOf(format))),
    ),
    () => runCli(checkArgs("--format", "json")),
  ];
  const runs = await inBatches(tasks, processSlots, (task) => task());
  formats.forEach((format, index) => toFile.set(format, runs[index] as CliRun));
  toStdout = runs.at(-1) as CliRun;
}, 180_000);

describe.each(formats)("--format %s --output <file>", (format) => {
  it("writes nothing to stdout, says where the report went on stderr, exits 1", () => {
    const run = toFile.get(format);
    expect({ code: run?.code, stdout: run?.stdout }).toEqual({
      code: exitCodes.findings,
      stdout: "",
    });
    expect(run?.stderr).toBe(
      `aigov check: wrote the ${format} report to ${outputOf(format)}: 3 mandatory and 1 advisory finding(s).\n`,
    );
  });

  it("leaves the report alone in its directory, with no temporary file", () => {
    expect(readdirSync(dirname(outputOf(format)))).toEqual([`report.${format}`]);
  });
});

it("writes the same JSON report to the file as to stdout, replacing the old one", () => {
  expect(readFileSync(outputOf("json"), "utf8")).toBe(toStdout.stdout);
});

it("writes the reports in their formats, the text one without colour", () => {
  const read = (format: Format) => readFileSync(outputOf(format), "utf8");

  expect(read("text").split("\n")[0]).toBe("Policies:");
  expect(read("text")).not.toContain("\u001b[");
  expect(JSON.parse(read("sarif"))).toMatchObject({ version: "2.1.0" });
  expect(read("markdown").split("\n")[0]).toBe("### ❌ aigov check: 3 mandatory, 1 advisory");
});

it("lists the findings in Markdown at the JSON report's lines, with the fix command", () => {
  const markdown = readFileSync(outputOf("markdown"), "utf8");
  const report = JSON.parse(toStdout.stdout) as {
    violations: { policy: string; name: string; file: string; line: number }[];
  };

  for (const v of report.violations) {
    expect(markdown).toContain(
      `| ${v.policy} | ${v.name} | examples/bedrock-agent/${v.file}:${String(v.line)} |`,
    );
  }
  expect(markdown).toContain(
    `\`\`\`sh\nnpx aigov fix examples/bedrock-agent --config ${policyConfigFile}\n\`\`\`\n`,
  );
});

it("refuses a missing directory with exit 2, naming the path, before running anything", async () => {
  const missing = join(scratch, "no-such-dir", "report.sarif");
  const run = await runCli(checkArgs("--format", "sarif", "--output", missing));

  expect(run).toEqual({
    code: exitCodes.error,
    stdout: "",
    stderr: `aigov check: --output ${missing}: directory ${dirname(missing)} does not exist.\n`,
  });
  expect(existsSync(dirname(missing))).toBe(false);
});

it("refuses a directory as the output file", async () => {
  const run = await runCli(checkArgs("--output", scratch));

  expect(run).toEqual({
    code: exitCodes.error,
    stdout: "",
    stderr: `aigov check: --output ${scratch}: is a directory; name a file.\n`,
  });
});

it("names the four formats when given another", async () => {
  const run = await runCli(checkArgs("--format", "xml"));

  expect(run.code).toBe(exitCodes.error);
  expect(run.stderr).toContain(
    'aigov check: --format: expected one of text, json, sarif, markdown, got "xml".',
  );
});

it("documents --format and --output in its usage", async () => {
  const run = await runCli(["check", "--help"]);

  expect(run.stdout).toContain("--format <format>     text (default), json, sarif");
  expect(run.stdout).toContain("--output <file>");
});
