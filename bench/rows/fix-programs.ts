import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateFixProgram, writeProgram } from "../generate/program.js";
import { savedReport } from "../generate/saved-report.js";

/** A generated program on disk with its saved `aigov check --format json` report. */
export interface FixProgram {
  readonly directory: string;
  readonly report: string;
  readonly lines: number;
  readonly noncompliant: number;
}

/** Writes the fix benchmark's program of about `lines` lines with `noncompliant` resources. */
export function writeFixProgram(
  temp: string,
  nodeModules: string,
  lines: number,
  noncompliant: number,
  seed: number,
): FixProgram {
  const directory = join(temp, `fix-${String(lines)}`);
  const spec = generateFixProgram(lines, noncompliant, seed);
  writeProgram(directory, spec, nodeModules);
  const report = join(temp, `fix-${String(lines)}.report.json`);
  writeFileSync(report, savedReport(spec, directory));
  return { directory, report, lines: spec.lines, noncompliant };
}
