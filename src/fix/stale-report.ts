import { statSync } from "node:fs";
import { join } from "node:path";
import type { ProgramFiles } from "./program-files.js";

function modifiedMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The program files the fixer read that changed after a saved report was written, as `make`
 * would judge it. Such a report describes an older program: its findings may already be fixed or
 * point at lines that moved, and the plan made from it says things that are no longer true. A
 * report copied or downloaded since is newer than every file and is taken as it is.
 */
export function sourcesNewerThan(report: string, files: ProgramFiles): string[] {
  const written = modifiedMs(report);
  if (written === undefined) return [];
  return files.readPaths().filter((path) => {
    const modified = modifiedMs(join(files.directory, path));
    return modified !== undefined && modified > written;
  });
}
