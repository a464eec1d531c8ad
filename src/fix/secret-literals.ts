import * as ts from "typescript";
import { secretTexts } from "../check/redact-secrets.js";
import { secretSig, specialSigKey } from "../engine/wire.js";
import type { ProgramFiles } from "./program-files.js";

/** Files the fixer parses as TypeScript; a stack file's secrets are ciphertext already. */
const sourceFile = /\.[cm]?[jt]sx?$/;

/** Whether a call is `pulumi.secret(...)`, or `secret(...)` imported on its own. */
function isSecretCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === "secret";
  return ts.isPropertyAccessExpression(callee) && callee.name.text === "secret";
}

/** Every string literal inside a node, however deep: `secret({ key: "..." })` hides them all. */
function literalsUnder(node: ts.Node, into: string[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) into.push(node.text);
  ts.forEachChild(node, (child) => {
    literalsUnder(child, into);
  });
}

/**
 * The texts a program marks secret in its own source (`pulumi.secret("...")`), in the files the
 * fixer changes, longest first. A diff quotes those files' lines; a saved report has its secrets
 * hidden and a check run knows only the values it registered, so these are found by reading the
 * source, as the planner already parsed it. Short texts are left as `secretTexts` leaves them.
 */
export function secretLiteralsIn(files: ProgramFiles, paths: readonly string[]): string[] {
  const literals: string[] = [];
  for (const path of paths) {
    if (!sourceFile.test(path)) continue;
    const file = files.get(path);
    // Most programs hold no secret literal: a text search skips walking their syntax.
    if (file === undefined || !file.text.includes("secret")) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isSecretCall(node) && node.arguments[0] !== undefined)
        literalsUnder(node.arguments[0], literals);
      ts.forEachChild(node, visit);
    };
    visit(file.sourceFile);
  }
  return secretTexts([{ [specialSigKey]: secretSig, value: literals }]);
}
