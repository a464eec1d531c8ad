import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const repoRoot = join(__dirname, "..", "..");

/**
 * Copies a program to a fresh directory outside the repository, with a `node_modules` symlink to
 * the repository's, as a user's project next to its installed packages would be.
 */
export function copyProgram(source: string, prefix = "aigov-"): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
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
