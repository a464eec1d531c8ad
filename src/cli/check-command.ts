import { countByLevel, type CheckResult } from "../check/check-result.js";
import { renderJsonReport } from "../report/json-report.js";
import { renderMarkdownReport } from "../report/markdown-report.js";
import { renderSarifReport, sarifContextOf } from "../report/sarif-report.js";
import { findSourceRoot } from "../report/source-root.js";
import { renderTextReport } from "../report/text-report.js";
import { runCheckFrom, stateOption } from "./check-source.js";
import { exitCodes } from "./exit-codes.js";
import { fixCommandLine } from "./fix-command-line.js";
import { useColor, type CommandIo } from "./output.js";
import { parseCommandLine } from "./parse-command-line.js";
import { programOptions } from "./program-options.js";
import { checkReportPath, writeReportFile } from "./report-file.js";
import { UsageError } from "./usage-error.js";

export const checkUsage = `Usage: aigov check <program-dir> [options]
       aigov check --state <file> [options]

Runs a Pulumi TypeScript program under mocks, as \`pulumi preview\` would, and checks every AI
resource it declares with the ai-governance policy pack. With --state, checks the resources a
deployed stack holds instead, from the JSON \`pulumi stack export\` writes.

Options:
  --config <file>       policy pack config, as for pulumi preview --policy-pack-config
  --stack <name>        stack whose Pulumi.<stack>.yaml to use (default: the only one present)
  --format <format>     text (default), json, sarif (SARIF 2.1.0, for code scanning) or
                        markdown (a summary for a pull-request comment)
  --output <file>       write the report to this file instead of stdout; its directory must exist
  --policy-pack <dir>   a policy pack directory other than the bundled one
  --state <file>        a pulumi stack export to check instead of a program

Exit codes: 0 no mandatory violation, 1 at least one, 2 bad usage, config, program or state file.`;

const formats = ["text", "json", "sarif", "markdown"] as const;
type Format = (typeof formats)[number];

interface ReportTarget {
  readonly format: Format;
  /** Colour is for a terminal; a file never gets it. */
  readonly color: boolean;
  /** The `aigov fix` command for the program checked; a stack export has no source to fix. */
  readonly fixCommand?: string | undefined;
}

function renderReport(result: CheckResult, target: ReportTarget): string {
  switch (target.format) {
    case "text":
      return renderTextReport(result, { color: target.color });
    case "json":
      return renderJsonReport(result);
    case "sarif":
      return renderSarifReport(
        result,
        sarifContextOf(result, findSourceRoot(result.programDirectory)),
      );
    case "markdown":
      return renderMarkdownReport(result, {
        sourceRoot: findSourceRoot(result.programDirectory),
        fixCommand: target.fixCommand,
      });
  }
}

/** `aigov check`: returns the exit code. */
export async function checkCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...programOptions,
    ...stateOption,
    format: { type: "string", default: "text" },
    output: { type: "string" },
  });
  const format = values.format as Format;
  if (!formats.includes(format)) {
    throw new UsageError(
      `--format: expected one of ${formats.join(", ")}, got ${JSON.stringify(values.format)}.`,
    );
  }
  if (values.output !== undefined) checkReportPath(values.output);

  const result = await runCheckFrom(values, positionals);

  for (const line of result.programOutput) io.stderr.write(`${line}\n`);
  const report = renderReport(result, {
    format,
    color: values.output === undefined && useColor(io, "stdout"),
    fixCommand:
      values.state === undefined ? fixCommandLine(positionals[0] ?? ".", values) : undefined,
  });
  const { mandatory, advisory } = countByLevel(result.findings);
  if (values.output === undefined) {
    io.stdout.write(report);
  } else {
    writeReportFile(values.output, report);
    io.stderr.write(
      `aigov check: wrote the ${format} report to ${values.output}: ` +
        `${String(mandatory)} mandatory and ${String(advisory)} advisory finding(s).\n`,
    );
  }
  return mandatory > 0 ? exitCodes.findings : exitCodes.ok;
}
