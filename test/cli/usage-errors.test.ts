import { exitCodes } from "../../src/cli/exit-codes";
import { scratchDirectory } from "../support/program-copy";
import { runCli } from "../support/run-cli";

// A mistyped command line is answered in the tool's own words, naming the option and what was
// expected (the closest option when one is near), then the command's usage, with exit code 2.
// Node's parseArgs wording ("To specify a positional argument starting with a '-' ...") never
// reaches the user. Every case fails while the options are read, before any program would run.

const directory = scratchDirectory("aigov-usage-");

const cases: readonly [args: string[], message: string][] = [
  [
    ["check", "<dir>", "--config", "<dir>/rules.json", "--formt", "json"],
    "aigov check: unknown option --formt; did you mean --format?",
  ],
  [
    ["check", "<dir>", "--statk", "x.json"],
    "aigov check: unknown option --statk; did you mean --stack or --state?",
  ],
  [["fix", "<dir>", "--wirte"], "aigov fix: unknown option --wirte; did you mean --write?"],
  [["fix", "<dir>", "--hepl"], "aigov fix: unknown option --hepl; did you mean --help?"],
  [
    ["report", "<dir>", "--fromat=json"],
    "aigov report: unknown option --fromat; did you mean --format?",
  ],
  [["report", "<dir>", "-x"], "aigov report: unknown option -x."],
  [
    ["config", "validate", "<dir>/rules.json", "--strict"],
    "aigov config: unknown option --strict.",
  ],
  [["check", "<dir>", "--config"], "aigov check: --config: expected a value, got nothing."],
  [["report", "--state"], "aigov report: --state: expected a value, got nothing."],
  [["fix", "<dir>", "--tag"], "aigov fix: --tag: expected a value, got nothing."],
  [
    ["check", "<dir>", "--config", ""],
    "aigov check: --config: expected a value, got an empty one.",
  ],
  [["report", "--state="], "aigov report: --state: expected a value, got an empty one."],
  [
    ["fix", "<dir>", "--config", "--write"],
    "aigov fix: --config: expected a value, got the option --write; " +
      'for a value that starts with "-", write --config=--write.',
  ],
  [["fix", "<dir>", "--write=yes"], 'aigov fix: --write: expected no value, got "yes".'],
];

it.each(cases)("answers aigov %p with its own message and the usage", async (args, message) => {
  const run = await runCli(args.map((arg) => arg.replace("<dir>", directory)));

  const [first, blank, usage] = run.stderr.split("\n");
  expect({ code: run.code, stdout: run.stdout, first, blank }).toEqual({
    code: exitCodes.error,
    stdout: "",
    first: message,
    blank: "",
  });
  expect(usage).toMatch(new RegExp(`^Usage: aigov ${args[0] ?? ""} `));
});

it("takes a value that starts with - when it is written with =", async () => {
  const run = await runCli(["check", directory, "--config=-rules.json"]);

  expect(run.code).toBe(exitCodes.error);
  expect(run.stderr).toBe(
    "aigov check: -rules.json: $: expected a readable JSON file, got ENOENT.\n",
  );
});

it("answers aigov with no command on stderr, naming the commands, and exits 2", async () => {
  const run = await runCli([]);

  const [first, usage] = run.stderr.split("\n");
  expect({ code: run.code, stdout: run.stdout, first, usage }).toEqual({
    code: exitCodes.error,
    stdout: "",
    first: "aigov: expected a command: check, fix, report or config.",
    usage: "Usage: aigov <command> [options]",
  });
});

it.each([["--help"], ["-h"]])(
  "prints the usage asked for with %s on stdout, exit 0",
  async (flag) => {
    const run = await runCli([flag]);

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: exitCodes.ok, stderr: "" });
    expect(run.stdout).toMatch(/^Usage: aigov <command> \[options\]\n/);
  },
);
