import { realpathSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { findGitRoot } from "../check/git-root.js";

function isWithin(directory: string, target: string): boolean {
  const rel = relative(directory, target);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The directory report paths start from, so a code-scanning upload or a pull-request comment
 * names files as the repository does: the git work tree holding the program; outside one, the
 * working directory when it holds the program; otherwise the program directory itself.
 */
export function findSourceRoot(programDirectory: string, cwd: string = process.cwd()): string {
  const gitRoot = findGitRoot(programDirectory);
  if (gitRoot !== undefined) return gitRoot;
  const workingDirectory = realpathSync(cwd);
  return isWithin(workingDirectory, programDirectory) ? workingDirectory : programDirectory;
}

/**
 * A program file (relative to the program directory, as findings name it) as a path from the
 * source root, with `/` separators: `examples/bedrock-agent/index.ts`.
 */
export function pathFromSourceRoot(
  sourceRoot: string,
  programDirectory: string,
  programFile: string,
): string {
  return relative(sourceRoot, join(programDirectory, programFile)).split(sep).join("/");
}
