import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
import { findGitRoot } from "../check/git-root.js";

/**
 * How to apply the diff when the program sits below the root of a git repository: `git apply`
 * reads paths from the repository root there, and would skip files named relative to the
 * program. `undefined` when plain `git apply` in the program directory works.
 */
export function gitApplyHint(programDir: string): string | undefined {
  const root = findGitRoot(programDir);
  if (root === undefined) return undefined;
  const prefix = relative(root, realpathSync(programDir)).split(sep).join("/");
  if (prefix === "") return undefined;
  return `the diff's paths are relative to ${programDir}; in this git repository apply it with: git -C ${root} apply --directory=${prefix} <diff file>`;
}
