import { renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** `--output` cannot be written: its directory is missing, or the write failed. Exit code 2. */
export class ReportFileError extends Error {
  override readonly name = "ReportFileError";
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Refuses an `--output` path that cannot take a file before the program runs, so a typo in CI
 * costs no check. Its directory must exist: creating one is left to the caller, who knows
 * whether a missing directory is a mistake.
 */
export function checkReportPath(path: string): void {
  const target = resolve(path);
  const directory = dirname(target);
  const stats = statSync(directory, { throwIfNoEntry: false });
  if (stats === undefined) {
    throw new ReportFileError(`--output ${path}: directory ${directory} does not exist.`);
  }
  if (!stats.isDirectory()) {
    throw new ReportFileError(`--output ${path}: ${directory} is not a directory.`);
  }
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory() === true) {
    throw new ReportFileError(`--output ${path}: is a directory; name a file.`);
  }
}

/**
 * Writes the report whole or not at all: to a temporary file beside the target, then renamed
 * over it, so a reader (an upload step, a comment step) never sees half a report and a failed
 * run leaves the previous one in place.
 */
export function writeReportFile(path: string, text: string): void {
  const target = resolve(path);
  const temporary = join(dirname(target), `.aigov-tmp-${String(process.pid)}-${basename(target)}`);
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw new ReportFileError(`--output ${path}: could not write the report: ${errorText(error)}`);
  }
}
