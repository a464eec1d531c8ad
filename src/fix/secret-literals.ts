import * as ts from "typescript";
import { secretTexts } from "../check/redact-secrets.js";
import { secretSig, specialSigKey } from "../engine/wire.js";
import type { ProgramFiles } from "./program-files.js";

/** Files the fixer parses as TypeScript; a stack file's secrets are ciphertext already. */
const sourceFile = /\.[cm]?[jt]sx?$/;

/** The names `secret` is called by in a file: itself, and what an import renames it to. */
function secretNames(file: ts.SourceFile): Set<string> {
  const names = new Set(["secret"]);
  for (const statement of file.statements) {
    const bindings = ts.isImportDeclaration(statement)
      ? statement.importClause?.namedBindings
      : undefined;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements)
      if ((element.propertyName ?? element.name).text === "secret") names.add(element.name.text);
  }
  return names;
}

/** Whether a call is `pulumi.secret(...)`, `pulumi["secret"](...)` or an imported `secret(...)`. */
function isSecretCall(node: ts.CallExpression, names: ReadonlySet<string>): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return names.has(callee.text);
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === "secret";
  return (
    ts.isElementAccessExpression(callee) &&
    ts.isStringLiteralLike(callee.argumentExpression) &&
    callee.argumentExpression.text === "secret"
  );
}

/** The `const` a name is declared with in the file, when its initializer is written there. */
function constInitializers(file: ts.SourceFile): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer !== undefined &&
      ts.isVariableDeclarationList(node.parent) &&
      (node.parent.flags & ts.NodeFlags.Const) !== 0
    )
      found.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The texts a literal shows in a diff: its value, and the text written between its quotes (an
 * escape, `\u0041`, is shown as written), line by line, since a diff quotes one line at a time.
 * A template with `${...}` gives each literal part.
 */
function shownTexts(node: ts.Node, file: ts.SourceFile): string[] {
  const raw = (literal: ts.Node): string => literal.getText(file).slice(1, -1);
  const parts: [string, string][] = [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    parts.push([node.text, raw(node)]);
  else if (ts.isTemplateExpression(node)) {
    parts.push([node.head.text, node.head.getText(file).slice(1, -2)]);
    for (const span of node.templateSpans) {
      const text = span.literal.getText(file);
      parts.push([span.literal.text, text.slice(1, ts.isTemplateTail(span.literal) ? -1 : -2)]);
    }
  } else if (ts.isNumericLiteral(node)) parts.push([node.text, node.getText(file)]);
  return parts.flatMap(([value, written]) => [value, ...written.split(/\r?\n/)]);
}

/**
 * The texts of what a program marks secret in its own source, as a diff of it would show them,
 * in every program file the fixer read, longest first: a literal passed to `pulumi.secret`
 * (aliased or not, whole or in a template, in an object, or through a `const` of the file), and
 * any literal that holds the text of a secret the run knows. A diff quotes source lines, a saved
 * report has its secrets hidden, and a check run knows only values, not how they are written.
 */
export function sourceSecretTexts(files: ProgramFiles, known: readonly string[]): string[] {
  const texts: string[] = [];
  for (const path of files.readPaths()) {
    if (!sourceFile.test(path)) continue;
    const file = files.get(path);
    if (file === undefined) continue;
    const tree = file.sourceFile;
    const mentionsSecret = file.text.includes("secret");
    // Most files name no secret and hold none of the known texts: their syntax is not walked.
    if (!mentionsSecret && !known.some((secret) => file.text.includes(secret))) continue;
    const names = mentionsSecret ? secretNames(tree) : new Set<string>();
    const consts = mentionsSecret ? constInitializers(tree) : new Map<string, ts.Expression>();
    const hidden = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const initializer = consts.get(node.text);
        if (initializer !== undefined) hidden(initializer);
        return;
      }
      texts.push(...shownTexts(node, tree));
      ts.forEachChild(node, hidden);
    };
    const visit = (node: ts.Node): void => {
      if (mentionsSecret && ts.isCallExpression(node) && isSecretCall(node, names)) {
        const argument = node.arguments[0];
        if (argument !== undefined) hidden(argument);
      } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const value = node.text;
        if (known.some((secret) => value.includes(secret))) texts.push(...shownTexts(node, tree));
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return secretTexts([{ [specialSigKey]: secretSig, value: texts }]);
}
