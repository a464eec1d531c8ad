import { computeCoverage } from "../attribution/coverage.js";
import { renderCoverageJson } from "../report/coverage-json.js";
import { renderCoverageText } from "../report/coverage-text.js";
import { runCheckFrom, stateOption } from "./check-source.js";
import { exitCodes } from "./exit-codes.js";
import type { CommandIo } from "./output.js";
import { parseCommandLine } from "./parse-command-line.js";
import { loadedConfigOf, programOptions } from "./program-options.js";
import { requiredTagsOf } from "./tag-values.js";
import { UsageError } from "./usage-error.js";

export const reportUsage = `Usage: aigov report <program-dir> [options]
       aigov report --state <file> [options]

The FinOps view of attribution: runs the same check as aigov check and prints the share of AI
resources whose spend can be allocated (every required tag present and valid, their own, from the
provider's default tags, or their billing account's), the unattributed ones with spend drivers
first, counts by provider and type, and how many resources carry each value of each required tag.
Exempted resources count as not attributed; types that take no tags are listed, not counted.

Options:
  --config <file>       policy pack config, as for pulumi preview --policy-pack-config
  --stack <name>        stack whose Pulumi.<stack>.yaml to use (default: the only one present)
  --format <format>     text (default) or json
  --policy-pack <dir>   a policy pack directory other than the bundled one
  --state <file>        a pulumi stack export to report on instead of a program

Exit codes: 0 the report was made (whatever it says), 2 bad usage, config, program or state file.`;

const formats = ["text", "json"] as const;

/** `aigov report`: returns the exit code. */
export async function reportCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...programOptions,
    ...stateOption,
    format: { type: "string", default: "text" },
  });
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) {
    throw new UsageError(
      `--format: expected one of ${formats.join(", ")}, got ${JSON.stringify(values.format)}.`,
    );
  }
  const config = loadedConfigOf(values);

  const result = await runCheckFrom(values, positionals, config);
  const report = computeCoverage(
    result,
    requiredTagsOf(config?.config).map((tag) => tag.key),
  );

  for (const line of result.programOutput) io.stderr.write(`${line}\n`);
  io.stdout.write(format === "json" ? renderCoverageJson(report) : renderCoverageText(report));
  return exitCodes.ok;
}
