import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import { ProgramFiles, type ProgramFile } from "../../src/fix/program-files";
import { scratchDirectory } from "./program-copy";

/** A program's source files written to a scratch directory, read back as the fixer reads them. */
export function programFiles(sources: Readonly<Record<string, string>>): ProgramFiles {
  const directory = scratchDirectory("aigov-files-");
  for (const [path, text] of Object.entries(sources)) writeFileSync(join(directory, path), text);
  return new ProgramFiles(directory);
}

/** One source text as the fixer reads it, as `index.ts`. */
export function programFile(text: string): ProgramFile {
  return programFiles({ "index.ts": text }).get("index.ts")!;
}

/** The first node of a kind that starts right after `marker` (a comment such as `/*here*\/`). */
export function nodeAfter<T extends ts.Node>(
  file: ProgramFile,
  marker: string,
  is: (node: ts.Node) => node is T,
): T {
  const offset = file.text.indexOf(marker) + marker.length;
  let found: T | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (is(node) && node.getStart(file.sourceFile) === offset) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(file.sourceFile);
  if (!found) throw new Error(`no node after ${marker}`);
  return found;
}
