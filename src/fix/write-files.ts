import * as fs from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { FixError } from "./fix-error.js";
import type { FileChange } from "./plan-fixes.js";

/** The file operations the writer uses, replaceable in tests to inject failures. */
export interface FileSystem {
  readFileSync(path: string): Buffer;
  writeFileSync(
    path: string,
    data: string | Uint8Array,
    options: { mode: number; flag: string },
  ): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  statSync(path: string): fs.Stats;
  realpathSync(path: string): string;
}

export const nodeFileSystem: FileSystem = {
  readFileSync: (path) => fs.readFileSync(path),
  writeFileSync: (path, data, options) => {
    fs.writeFileSync(path, data, options);
  },
  renameSync: (from, to) => {
    fs.renameSync(from, to);
  },
  unlinkSync: (path) => {
    fs.unlinkSync(path);
  },
  statSync: (path) => fs.statSync(path),
  realpathSync: (path) => fs.realpathSync(path),
};

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Refuses a path that leads outside the program directory, by `..` or through a symlink. */
function insideProgram(fileSystem: FileSystem, programDir: string, path: string): string {
  const refuse = (target: string) =>
    new FixError(
      `${path}: refusing to write outside the program directory ${programDir} ` +
        `(it resolves to ${target}).`,
    );
  const lexical = resolve(programDir, path);
  if (!isInside(resolve(programDir), lexical)) throw refuse(lexical);
  let target: string;
  try {
    target = fileSystem.realpathSync(lexical);
  } catch (error) {
    throw new FixError(`${path}: cannot be read (${errorText(error)}).`);
  }
  if (!isInside(fileSystem.realpathSync(programDir), target)) throw refuse(target);
  return target;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes every change or none. Each file is first checked to be unchanged since it was read and
 * writable by its owner,
 * then its new text goes to a temporary file beside it; only when all are written are they
 * renamed over the originals. If a rename fails, the files already replaced get their original
 * bytes back, so a failure leaves the program as it was.
 */
export function writeChangesAtomically(
  programDir: string,
  changes: readonly FileChange[],
  fileSystem: FileSystem = nodeFileSystem,
): void {
  const targets = changes.map((change) => {
    const path = insideProgram(fileSystem, programDir, change.path);
    const current = fileSystem.readFileSync(path);
    if (current.toString("utf8") !== change.before) {
      throw new FixError(`${change.path}: changed since aigov read it; run aigov fix again.`);
    }
    const mode = fileSystem.statSync(path).mode & 0o7777;
    // A rename replaces a read-only file as readily as any other (and root may write it anyway):
    // its owner marked it not to be edited, so the mode bits decide, not the write permission.
    if ((mode & 0o200) === 0) {
      throw new FixError(
        `${change.path}: is read-only, so no file was changed; ` +
          "make it writable or edit it by hand.",
      );
    }
    return { change, path, original: current, mode };
  });

  const temporaries: string[] = [];
  try {
    for (const { change, path, mode } of targets) {
      const temporary = join(
        dirname(path),
        `.aigov-tmp-${String(process.pid)}-${String(temporaries.length)}`,
      );
      temporaries.push(temporary);
      fileSystem.writeFileSync(temporary, change.after, { mode, flag: "wx" });
    }
  } catch (error) {
    for (const temporary of temporaries) tryUnlink(fileSystem, temporary);
    throw new FixError(
      `could not write the fixed files, so none were changed: ${errorText(error)}`,
    );
  }

  const replaced: typeof targets = [];
  try {
    for (const [index, target] of targets.entries()) {
      fileSystem.renameSync(temporaries[index] as string, target.path);
      replaced.push(target);
    }
  } catch (error) {
    for (const temporary of temporaries.slice(replaced.length)) tryUnlink(fileSystem, temporary);
    const restoreFailures = restore(fileSystem, replaced);
    const lost =
      restoreFailures.length === 0
        ? "none were changed"
        : `restoring ${restoreFailures.join(", ")} failed too; their original text is in the diff`;
    const failed = targets[replaced.length]?.change.path ?? "a file";
    throw new FixError(`could not replace ${failed} (${errorText(error)}), so ${lost}.`);
  }
}

function restore(
  fileSystem: FileSystem,
  replaced: readonly { path: string; original: Buffer; mode: number; change: FileChange }[],
): string[] {
  const failures: string[] = [];
  for (const { path, original, mode, change } of replaced) {
    const temporary = `${path}.aigov-restore-${String(process.pid)}`;
    try {
      fileSystem.writeFileSync(temporary, original, { mode, flag: "w" });
      fileSystem.renameSync(temporary, path);
    } catch {
      failures.push(change.path);
      tryUnlink(fileSystem, temporary);
    }
  }
  return failures;
}

function tryUnlink(fileSystem: FileSystem, path: string): void {
  try {
    fileSystem.unlinkSync(path);
  } catch {
    // Already gone, or never created.
  }
}
