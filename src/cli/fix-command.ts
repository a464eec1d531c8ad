import { redactSecrets, secretTexts } from "../check/redact-secrets.js";
import { gitApplyHint } from "../fix/git-apply-hint.js";
import { fixInputFromCheck } from "../fix/input-from-check.js";
import { fixInputFromFile } from "../fix/input-from-file.js";
import { planFixes } from "../fix/plan-fixes.js";
import { renderDiff } from "../fix/render-diff.js";
import { sourceSecretTexts } from "../fix/secret-literals.js";
import { sourcesNewerThan } from "../fix/stale-report.js";
import { writeChangesAtomically } from "../fix/write-files.js";
import { exitCodes } from "./exit-codes.js";
import type { CommandIo } from "./output.js";
import { parseCommandLine } from "./parse-command-line.js";
import {
  checkOptionsOf,
  loadedConfigOf,
  programDirectoryOf,
  programOptions,
} from "./program-options.js";
import { checkTagValues, parseTagValues, requiredTagsOf } from "./tag-values.js";

export const fixUsage = `Usage: aigov fix <program-dir> [options]

Turns the violations aigov check finds into edits of the program's own source: missing tags,
misspelt tag keys, tag values you name, and model replacements from the policy config. Prints a
unified diff (git apply accepts it from the program directory) unless --write is given.

Options:
  --config <file>       policy pack config, as for pulumi preview --policy-pack-config
  --stack <name>        stack whose Pulumi.<stack>.yaml to use (default: the only one present)
  --tag <key=value>     the value to write for a tag (repeatable); also replaces invalid values
  --from <file>         plan from saved violations instead of running the program: the output of
                        aigov check --format json, or a pulumi preview --event-log file
  --write               apply every edit, or none if any file cannot be written
  --policy-pack <dir>   a policy pack directory other than the bundled one

Exit codes: 0 every violation has a fix (or there were none), 1 some need a person (listed on
stderr with file:line), 2 bad usage or input.`;

/** `aigov fix`: returns the exit code. */
export async function fixCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...programOptions,
    tag: { type: "string", multiple: true, default: [] },
    from: { type: "string" },
    write: { type: "boolean", default: false },
  });
  const programDir = programDirectoryOf(positionals);
  const config = loadedConfigOf(values);
  const tagValues = parseTagValues(values.tag);
  for (const key of checkTagValues(tagValues, config?.config)) {
    io.stderr.write(
      `aigov fix: --tag ${key}: no policy requires tag ${JSON.stringify(key)}; it is not used.\n`,
    );
  }

  const requiredTags = requiredTagsOf(config?.config);
  // The check (the engine stand-in, the runner, the Pulumi SDK's protobufs) is loaded only when
  // it runs: with --from, loading it was a third of the command's time.
  const check =
    values.from === undefined
      ? await (
          await import("../check/run-check.js")
        ).runCheck(programDir, checkOptionsOf(values, config))
      : undefined;
  const input =
    check === undefined
      ? fixInputFromFile(
          programDir,
          values.from ?? "",
          values.stack,
          tagValues,
          requiredTags,
          (message) => io.stderr.write(`aigov fix: ${message}\n`),
        )
      : fixInputFromCheck(check, tagValues, requiredTags);
  const plan = planFixes(input);
  // A check run knows the texts of the secrets it registered; a saved report has them hidden.
  // Either way the diff quotes source lines, so secrets as the source writes them are hidden too.
  const registered = secretTexts(check?.registrations.map((r) => r.inputs) ?? []);
  const secrets = [...registered, ...sourceSecretTexts(plan.files, registered)].sort(
    (a, b) => b.length - a.length,
  );

  const stale = values.from === undefined ? [] : sourcesNewerThan(values.from, plan.files);
  if (stale.length > 0)
    io.stderr.write(
      `aigov fix: ${stale.join(", ")} changed after ${values.from ?? ""} was written; its ` +
        "findings may no longer match the source: run aigov check again for a fresh report.\n",
    );

  if (values.write) {
    writeChangesAtomically(input.programDir, plan.changes);
    // The directory as the user named it, quoted as the tool quotes other arguments it repeats:
    // bare, `.` ran into the full stop and read as `..`.
    io.stderr.write(
      `aigov fix: wrote ${String(plan.changes.length)} file(s) in ${JSON.stringify(programDir)}.\n`,
    );
  } else {
    const diff = renderDiff(plan.changes);
    const shown = redactSecrets(diff, secrets);
    io.stdout.write(shown);
    // The diff quotes the program's own lines; one holding a secret's text is shown hidden, so
    // the diff no longer applies as is, but --write makes the same edits without printing them.
    if (shown !== diff)
      io.stderr.write(
        "aigov fix: the diff shows [secret] for secret values in the program's source, " +
          "so it will not apply as is; run aigov fix --write to make these edits.\n",
      );
    const hint = plan.changes.length > 0 ? gitApplyHint(input.programDir) : undefined;
    if (hint !== undefined) io.stderr.write(`aigov fix: ${hint}\n`);
  }
  // A summary quotes tag values and models, which may be secret: they are hidden as in the diff.
  for (const fix of plan.fixed) io.stderr.write(`fixed: ${redactSecrets(fix.summary, secrets)}\n`);
  for (const step of plan.manual) {
    const where = step.location ? `${step.location}: ` : "";
    io.stderr.write(`needs a person: ${where}${redactSecrets(step.message, secrets)}\n`);
  }
  return plan.manual.length > 0 ? exitCodes.findings : exitCodes.ok;
}
