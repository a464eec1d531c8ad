import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The git work tree a directory belongs to (symlinks resolved), or `undefined` outside one. A
 * `.git` file counts too: linked work trees and submodules have one instead of a directory.
 */
export function findGitRoot(directory: string): string | undefined {
  let dir = realpathSync(directory);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
