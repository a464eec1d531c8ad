import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { FixError } from "../../src/fix/fix-error";
import { fixInputFromFile } from "../../src/fix/input-from-file";
import { readSavedViolations } from "../../src/fix/saved-violations";
import { scratchDirectory } from "../support/program-copy";
import { runCli } from "../support/run-cli";

// `aigov fix --from` trusts nothing in the file it reads: each problem is refused with the file
// and the place in it, before anything is planned.

const directory = scratchDirectory("aigov-saved-");
writeFileSync(join(directory, "Pulumi.yaml"), "name: demo\nruntime: nodejs\n");

const urn = "urn:pulumi:dev::demo::aws:bedrock/guardrail:Guardrail::guard";
const violation = {
  policy: "ai-required-tags",
  enforcementLevel: "mandatory",
  urn,
  message: 'Add the required tag "owner"; the resource has "cost-center".',
  frames: [{ file: "index.ts", line: 3, column: 1 }],
};

function saved(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function report(changes: Record<string, unknown>, project = "demo"): unknown {
  return { program: { project }, violations: [{ ...violation, ...changes }] };
}

function policyEvent(enforcementLevel: string): string {
  const event = {
    sequence: 1,
    policyEvent: {
      resourceUrn: urn,
      message: violation.message,
      policyName: "p",
      enforcementLevel,
    },
  };
  return `{"sequence":0,"preludeEvent":{}}\n${JSON.stringify(event)}\n`;
}

/** A document as aigov writes its JSON reports: indented, over many lines. */
function pretty(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

const accepted = "aigov check --format json output or a pulumi preview --event-log file";

/** The FixError reading a file throws, with the scratch directory as `<dir>`. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof FixError) return error.message.replaceAll(directory, "<dir>");
    throw error;
  }
  throw new Error("expected a FixError");
}

const refused: readonly [what: string, name: string, content: unknown, message: string][] = [
  [
    "violations that are not a list",
    "not-a-list.json",
    { violations: {} },
    "<dir>/not-a-list.json: violations: expected a list.",
  ],
  [
    "a violation that is not an object",
    "not-an-object.json",
    { violations: [null] },
    "<dir>/not-an-object.json: violations[0]: expected an object with urn and message strings.",
  ],
  [
    "frames that are not a list",
    "frames-object.json",
    report({ frames: { file: "index.ts" } }),
    "<dir>/frames-object.json: violations[0].frames: expected a list.",
  ],
  [
    "a frame without a line",
    "frame-no-line.json",
    report({ frames: [violation.frames[0], { file: "index.ts", column: 1 }] }),
    "<dir>/frame-no-line.json: violations[0].frames[1]: expected { file, line, column }.",
  ],
  [
    "a frame outside the program",
    "frame-outside.json",
    report({ frames: [{ file: "../outside.ts", line: 1, column: 1 }] }),
    "<dir>/frame-outside.json: violations[0].frames[0].file: expected a path inside the " +
      'program directory, got "../outside.ts".',
  ],
  [
    "a frame with an absolute path",
    "frame-absolute.json",
    report({ frames: [{ file: "/etc/passwd", line: 1, column: 1 }] }),
    "<dir>/frame-absolute.json: violations[0].frames[0].file: expected a path inside the " +
      'program directory, got "/etc/passwd".',
  ],
  [
    "an unknown enforcement level in a report",
    "level.json",
    report({ enforcementLevel: "blocking" }),
    '<dir>/level.json: violations[0].enforcementLevel: expected one of "advisory", ' +
      '"mandatory", "remediate", got "blocking".',
  ],
  [
    "a report violation without an enforcement level",
    "no-level.json",
    report({ enforcementLevel: undefined }),
    '<dir>/no-level.json: violations[0].enforcementLevel: expected one of "advisory", ' +
      '"mandatory", "remediate", got none.',
  ],
  [
    "an unknown enforcement level in an event log",
    "level.jsonl",
    policyEvent("Mandatory"),
    '<dir>/level.jsonl:2: policyEvent.enforcementLevel: expected one of "advisory", ' +
      '"mandatory", "remediate", got "Mandatory".',
  ],
  [
    "an event log line that is not JSON",
    "broken.jsonl",
    `{"sequence":0}\n{"sequence":1,\n`,
    "<dir>/broken.jsonl:2: expected one JSON engine event per line.",
  ],
  // The tool's other files, indented over many lines as it writes them: each is named, with what
  // --from takes, where the first line (`{`) used to be refused as a broken event.
  [
    "aigov report --format json output",
    "coverage.json",
    pretty({ schemaVersion: 1, coverage: { attributed: 0, total: 1 }, byProvider: [] }),
    `<dir>/coverage.json: expected ${accepted}; this looks like aigov report --format json output.`,
  ],
  [
    "a SARIF log",
    "check.sarif",
    pretty({ version: "2.1.0", runs: [{ tool: { driver: { name: "aigov" } }, results: [] }] }),
    `<dir>/check.sarif: expected ${accepted}; ` +
      "this looks like a SARIF log (aigov check --format sarif output).",
  ],
  [
    "a pulumi stack export",
    "stack.json",
    pretty({ version: 3, deployment: { manifest: {}, resources: [] } }),
    `<dir>/stack.json: expected ${accepted}; ` +
      "this looks like a pulumi stack export, which aigov check --state reads.",
  ],
  [
    "a policy pack config",
    "rules.json",
    pretty({ "ai-required-tags": { requiredTags: [{ key: "owner" }] } }),
    `<dir>/rules.json: expected ${accepted}; ` +
      "this looks like a policy pack config, which --config takes.",
  ],
  [
    "some other JSON document",
    "other.json",
    pretty({ resources: [] }),
    `<dir>/other.json: expected ${accepted}; it is one JSON document with no violations list.`,
  ],
  [
    "a report with a syntax error",
    "comma.json",
    `{\n  "violations": [],\n}\n`,
    `<dir>/comma.json: line 3, column 1: expected valid JSON (${accepted}), ` +
      "got Expected double-quoted property name in JSON at position 22.",
  ],
  [
    "a report cut short",
    "cut.json",
    `{\n  "violations": [\n    ${JSON.stringify(violation)},\n`,
    `<dir>/cut.json: expected valid JSON (${accepted}), got Unexpected end of JSON input.`,
  ],
];

it.each(refused)("refuses %s, naming the file and the place", (_what, name, content, message) => {
  const file = saved(name, content);
  expect(refusal(() => readSavedViolations(file))).toBe(message);
});

it("reads a well-formed report", () => {
  const file = saved("report.json", report({}));
  expect(readSavedViolations(file)).toEqual({
    project: "demo",
    violations: [
      {
        policy: violation.policy,
        level: "mandatory",
        urn,
        message: violation.message,
        frames: violation.frames,
      },
    ],
  });
});

it("reads a report that starts with a byte-order mark, as a Windows editor may write it", () => {
  const file = saved("report-bom.json", `\uFEFF${JSON.stringify(report({}))}`);
  expect(readSavedViolations(file).violations).toHaveLength(1);
});

it("reads an event log of one line, which is one JSON document too", () => {
  const line = policyEvent("mandatory").split("\n")[1]!;
  const file = saved("one-event.jsonl", `${line}\n`);
  expect(readSavedViolations(file)).toEqual({
    project: "demo",
    violations: [{ policy: "p", level: "mandatory", urn, message: violation.message }],
  });
});

it.each([
  ["a report", "other-project.json", report({}, "other")],
  [
    "an event log",
    "other-project.jsonl",
    policyEvent("mandatory").replaceAll("::demo::", "::other::"),
  ],
])("refuses %s for another project, naming both projects", (_what, name, content) => {
  const file = saved(name, content);
  expect(refusal(() => fixInputFromFile(directory, file, undefined, new Map(), []))).toBe(
    `<dir>/${name}: its violations are for project "other", not "demo" in "<dir>".`,
  );
});

it("exits 2 on a malformed file, with the error on stderr and no diff", async () => {
  const file = saved("cli.json", report({ frames: [{ file: "index.ts", line: "3", column: 1 }] }));
  const run = await runCli(["fix", directory, "--from", file]);
  expect({
    code: run.code,
    stdout: run.stdout,
    stderr: run.stderr.replaceAll(directory, "<dir>"),
  }).toEqual({
    code: 2,
    stdout: "",
    stderr:
      "aigov fix: <dir>/cli.json: violations[0].frames[0]: expected { file, line, column }.\n",
  });
});
