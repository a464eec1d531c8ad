// The fixer's floor: a process that reads a program's TypeScript files and parses each with the
// TypeScript compiler, as the fixer does (ts.createSourceFile, parent pointers set), and nothing
// else. Usage: node parse-files.js <program-dir>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes("node_modules"));
}

const directory = process.argv[2];
if (directory === undefined) throw new Error("usage: parse-files <program-dir>");
let statements = 0;
for (const file of typeScriptFiles(directory)) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  statements += source.statements.length;
}
process.stdout.write(`${String(statements)}\n`);
