import { ConfigError } from "../config/config-error.js";
import { EngineError } from "../engine/engine-error.js";
import { packageVersion } from "../project-paths.js";
import { ProgramError } from "../runner/runner-error.js";
import { FixError } from "../fix/fix-error.js";
import { StateError } from "../state/state-error.js";
import { exitCodes } from "./exit-codes.js";
import type { CommandIo } from "./output.js";
import { ReportFileError } from "./report-file.js";
import { UsageError } from "./usage-error.js";

const usage = `Usage: aigov <command> [options]

Commands:
  check <program-dir>   check a Pulumi program's AI resources against the policy pack
  fix <program-dir>     turn the violations into edits of the program's source
  report <program-dir>  the share of AI resources whose spend can be allocated (FinOps view)
  config validate <f>   check a policy pack config file; config schema prints its JSON Schema

check and report also take --state <file>, a pulumi stack export, instead of a program.
Run aigov <command> --help for a command's options, aigov --version for the version.`;

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/**
 * Each command is loaded when it runs: `check` and `fix` bring the Pulumi SDK and the TypeScript
 * compiler, which `aigov config schema` or `--version` should not wait for.
 */
const commands: Readonly<Record<string, () => Promise<{ run: Command; usage: string }>>> = {
  check: async () => {
    const { checkCommand, checkUsage } = await import("./check-command.js");
    return { run: checkCommand, usage: checkUsage };
  },
  fix: async () => {
    const { fixCommand, fixUsage } = await import("./fix-command.js");
    return { run: fixCommand, usage: fixUsage };
  },
  report: async () => {
    const { reportCommand, reportUsage } = await import("./report-command.js");
    return { run: reportCommand, usage: reportUsage };
  },
  config: async () => {
    const { configCommand, configUsage } = await import("./config-command.js");
    return { run: configCommand, usage: configUsage };
  },
};

/** The command names, as a sentence lists them: `check, fix, report or config`. */
function commandList(): string {
  const names = Object.keys(commands);
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1) ?? ""}`;
}

/** Errors the user can act on: their message says what and where; no stack trace. */
function isExpected(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof ProgramError ||
    error instanceof EngineError ||
    error instanceof FixError ||
    error instanceof ReportFileError ||
    error instanceof StateError
  );
}

/**
 * Runs one `aigov` invocation and returns its exit code. This is the one place that turns errors
 * into messages and exit codes; commands throw, they never exit.
 */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${packageVersion()}\n`);
    return exitCodes.ok;
  }
  // Asked-for help is the command's output; usage shown because a command is missing is an
  // error, and errors go to stderr, where a script piping stdout still sees them.
  if (name === "--help" || name === "-h") {
    io.stdout.write(`${usage}\n`);
    return exitCodes.ok;
  }
  if (name === undefined) {
    io.stderr.write(`aigov: expected a command: ${commandList()}.\n${usage}\n`);
    return exitCodes.error;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`aigov: unknown command ${JSON.stringify(name)}.\n${usage}\n`);
    return exitCodes.error;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`${command.usage}\n`);
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isExpected(error)) {
      const hint = error instanceof UsageError ? `\n\n${command.usage}` : "";
      io.stderr.write(`aigov ${name}: ${error.message}${hint}\n`);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr.write(`aigov ${name}: unexpected error: ${detail}\n`);
    }
    return exitCodes.error;
  }
}
