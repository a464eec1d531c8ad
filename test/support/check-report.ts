import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyProgram, scratchDirectory } from "./program-copy";

/** A violation of `aigov check --format json`, reduced to what tests assert on. */
export interface ReportRow {
  readonly policy: string;
  readonly enforcementLevel: string;
  readonly name: string;
  readonly detail: unknown;
}

/** The violations of a JSON report as rows, in a stable order: resource, policy, detail. */
export function reportRows(stdout: string): ReportRow[] {
  const report = JSON.parse(stdout) as { violations: ReportRow[] };
  return report.violations
    .map(({ policy, enforcementLevel, name, detail }) => ({
      policy,
      enforcementLevel,
      name,
      detail,
    }))
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name) ||
        a.policy.localeCompare(b.policy) ||
        JSON.stringify(a.detail).localeCompare(JSON.stringify(b.detail)),
    );
}

/** A program written from its files (Pulumi.yaml included) and copied as a user's project. */
export function writeProgram(files: Readonly<Record<string, string>>, prefix = "aigov-"): string {
  const source = scratchDirectory(`${prefix}src-`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(source, name), text);
  return copyProgram(source, prefix);
}
