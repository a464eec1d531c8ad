import { parseArgs } from "node:util";
import { countByLevel } from "../check/check-result.js";
import { renderJsonReport } from "../report/json-report.js";
import { renderTextReport } from "../report/text-report.js";
import { runCheckFrom, stateOption } from "./check-source.js";
import { exitCodes } from "./exit-codes.js";
import { useColor, type CommandIo } from "./output.js";
import { programOptions } from "./program-options.js";
import { UsageError } from "./usage-error.js";

export const checkUsage = `Usage: aigov check <program-dir> [options]
       aigov check --state <file> [options]

Runs a Pulumi TypeScript program under mocks, as \`pulumi preview\` would, and checks every AI
resource it declares with the ai-governance policy pack. With --state, checks the resources a
deployed stack holds instead, from the JSON \`pulumi stack export\` writes.

Options:
  --config <file>       policy pack config, as for pulumi preview --policy-pack-config
  --stack <name>        stack whose Pulumi.<stack>.yaml to use (default: the only one present)
  --format <format>     text (default) or json
  --policy-pack <dir>   a policy pack directory other than the bundled one
  --state <file>        a pulumi stack export to check instead of a program

Exit codes: 0 no mandatory violation, 1 at least one, 2 bad usage, config, program or state file.`;

const formats = ["text", "json"] as const;

/** `aigov check`: returns the exit code. */
export async function checkCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...programOptions, ...stateOption, format: { type: "string", default: "text" } },
  });
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) {
    throw new UsageError(
      `--format: expected one of ${formats.join(", ")}, got ${JSON.stringify(values.format)}.`,
    );
  }

  const result = await runCheckFrom(values, positionals);

  for (const line of result.programOutput) io.stderr.write(`${line}\n`);
  io.stdout.write(
    format === "json"
      ? renderJsonReport(result)
      : renderTextReport(result, { color: useColor(io, "stdout") }),
  );
  return countByLevel(result.findings).mandatory > 0 ? exitCodes.findings : exitCodes.ok;
}
