import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const repoRoot = join(__dirname, "..", "..");

const scratchDirectories: string[] = [];

// Each test file gets its own copy of this module, so this removes what that file made.
afterAll(() => {
  for (const directory of scratchDirectories.splice(0)) {
    rmSync(directory, { recursive: true, force: true });
  }
});

/** A fresh directory under the system's temp directory, removed when the test file ends. */
export function scratchDirectory(prefix = "aigov-"): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  scratchDirectories.push(directory);
  return directory;
}

/**
 * Copies a program to a fresh directory outside the repository, with a `node_modules` symlink to
 * the repository's, as a user's project next to its installed packages would be.
 */
export function copyProgram(source: string, prefix = "aigov-"): string {
  const directory = scratchDirectory(prefix);
  cpSync(source, directory, { recursive: true });
  symlinkSync(join(repoRoot, "node_modules"), join(directory, "node_modules"), "dir");
  return directory;
}

/** Every file under a directory (node_modules excluded), relative path to content. */
export function readTree(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(directory, path), readFileSync(path, "utf8"));
    }
  };
  walk(directory);
  return files;
}
