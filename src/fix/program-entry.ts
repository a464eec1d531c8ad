import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import * as ts from "typescript";
import type { ProgramFiles } from "./program-files.js";

const extensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

export function resolveLocal(
  fromFile: string,
  specifier: string,
  programDir: string,
): string | undefined {
  const base = resolve(programDir, dirname(fromFile), specifier.replace(/\.js$/, ""));
  for (const extension of extensions) {
    const candidate = `${base}${extension}`;
    if (/\.tsx?$/.test(candidate) && existsSync(candidate))
      return relative(programDir, candidate).split(sep).join("/");
  }
  return undefined;
}

/**
 * The program's own TypeScript files: the entry (Pulumi.yaml `main`, package.json `main`, or
 * `index.ts`) and every local module it imports, transitively. Packages are not followed.
 */
export function discoverProgramFiles(files: ProgramFiles, entry: string): string[] {
  const found: string[] = [];
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop() as string;
    if (found.includes(path)) continue;
    const file = files.get(path);
    if (!file) continue;
    found.push(path);
    const visit = (node: ts.Node): void => {
      const specifier =
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
          ? node.moduleSpecifier.text
          : ts.isCallExpression(node) &&
              node.expression.getText(file.sourceFile) === "require" &&
              node.arguments[0] &&
              ts.isStringLiteral(node.arguments[0])
            ? node.arguments[0].text
            : undefined;
      if (specifier?.startsWith(".")) {
        const local = resolveLocal(path, specifier, files.directory);
        if (local) pending.push(local);
      }
      ts.forEachChild(node, visit);
    };
    visit(file.sourceFile);
  }
  return found;
}

/** The entry file, relative to the program directory, as the Node.js language host picks it. */
export function programEntryFile(programDir: string, main: string | undefined): string | undefined {
  const candidates =
    main === undefined ? ["index.ts"] : [main, `${main}.ts`, join(main, "index.ts")];
  for (const candidate of candidates) {
    const absolute = resolve(programDir, candidate);
    if (existsSync(absolute) && absolute.endsWith(".ts"))
      return relative(programDir, absolute).split(sep).join("/");
  }
  return undefined;
}
