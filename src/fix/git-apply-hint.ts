import { existsSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** The git work tree a directory belongs to, if any. */
function gitRoot(directory: string): string | undefined {
  let dir = realpathSync(directory);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * How to apply the diff when the program sits below the root of a git repository: `git apply`
 * reads paths from the repository root there, and would skip files named relative to the
 * program. `undefined` when plain `git apply` in the program directory works.
 */
export function gitApplyHint(programDir: string): string | undefined {
  const root = gitRoot(programDir);
  if (root === undefined) return undefined;
  const prefix = relative(root, realpathSync(programDir)).split(sep).join("/");
  if (prefix === "") return undefined;
  return `the diff's paths are relative to ${programDir}; in this git repository apply it with: git -C ${root} apply --directory=${prefix} <diff file>`;
}
