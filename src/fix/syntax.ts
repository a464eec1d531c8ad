import * as ts from "typescript";
import type { ProgramFile } from "./program-files.js";
import type { TextEdit } from "./text-edit.js";

export type CallLike = ts.NewExpression | ts.CallExpression;

/**
 * Calls already found, by file and offset: a saved report's frame is looked up once to check
 * that it still holds the resource's call, and again by each planner that reads the call. A
 * parsed file never changes, so neither does the call at an offset.
 */
const callsByFile = new WeakMap<ProgramFile, Map<number, CallLike | undefined>>();

/**
 * The call a stack frame points at: the innermost `new` or call expression containing the
 * offset. V8 reports a constructor call at its `new` and a plain call inside its parentheses.
 */
export function findCallAt(file: ProgramFile, offset: number): CallLike | undefined {
  let calls = callsByFile.get(file);
  if (calls === undefined) {
    calls = new Map();
    callsByFile.set(file, calls);
  }
  if (calls.has(offset)) return calls.get(offset);
  const found = searchCallAt(file, offset);
  calls.set(offset, found);
  return found;
}

function searchCallAt(file: ProgramFile, offset: number): CallLike | undefined {
  let found: CallLike | undefined;
  const visit = (node: ts.Node): void => {
    if (offset < node.getStart(file.sourceFile) || offset >= node.end) return;
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) found = node;
    ts.forEachChild(node, visit);
  };
  const statement = statementAt(file.sourceFile.statements, offset);
  if (statement) visit(statement);
  return found;
}

/**
 * The top-level statement whose text (leading trivia included) holds an offset, by binary search:
 * a large program's top level is its longest list, and a scan of it for each of a thousand frames
 * was most of the time `aigov fix --from` spent checking a report's places.
 */
function statementAt(
  statements: ts.NodeArray<ts.Statement>,
  offset: number,
): ts.Statement | undefined {
  let low = 0;
  let high = statements.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const statement = statements[middle];
    if (statement === undefined) return undefined;
    if (offset < statement.pos) high = middle - 1;
    else if (offset >= statement.end) low = middle + 1;
    else return statement;
  }
  return undefined;
}

/** The text of a property name that is an identifier or a string or number literal. */
export function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** The last assignment of `name` in an object literal (a later one wins at run time). */
export function findProperty(
  object: ts.ObjectLiteralExpression,
  name: string,
): ts.PropertyAssignment | ts.ShorthandPropertyAssignment | undefined {
  let found: ts.PropertyAssignment | ts.ShorthandPropertyAssignment | undefined;
  for (const property of object.properties) {
    if (
      (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
      propertyNameText(property.name) === name
    ) {
      found = property;
    }
  }
  return found;
}

/** Quotes a string as a literal in the given quote style. */
export function quoteString(value: string, quote: '"' | "'"): string {
  const escaped = JSON.stringify(value).slice(1, -1);
  return quote === '"' ? `"${escaped}"` : `'${escaped.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

const identifierName = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as written in an object literal: bare when it can be, quoted otherwise. */
export function formatKey(key: string, quote: '"' | "'"): string {
  return identifierName.test(key) ? key : quoteString(key, quote);
}

function indentOfLine(file: ProgramFile, offset: number): string {
  const lineStart = file.text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(file.text.slice(lineStart))?.[0] ?? "";
}

function isMultiline(file: ProgramFile, node: ts.Node): boolean {
  return file.text.slice(node.getStart(file.sourceFile), node.end).includes("\n");
}

/**
 * A comma and comments, nothing else: block comments that close on the line, then a line comment.
 */
const onlyCommaAndComments = /^\s*,?(\s*\/\*(?:(?!\*\/).)*\*\/)*\s*(\/\/.*)?$/;

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === "\r" ? end - 1 : end;
}

/** Properties into an object with none, keeping any comments it holds. */
function intoEmptyObject(
  file: ProgramFile,
  object: ts.ObjectLiteralExpression,
  entries: readonly string[],
): TextEdit {
  const open = object.getStart(file.sourceFile);
  const close = object.end - 1;
  const inside = file.text.slice(open + 1, close);
  if (inside.trim() === "")
    return { file: file.path, start: open, end: object.end, text: `{ ${entries.join(", ")} }` };
  const closeLine = file.text.lastIndexOf("\n", close - 1) + 1;
  if (file.text.slice(closeLine, close).trim() !== "") {
    return { file: file.path, start: close, end: close, text: `${entries.join(", ")} ` };
  }
  const firstContent = /\n([ \t]*)\S/.exec(inside);
  const indent = firstContent?.[1] ?? `${indentOfLine(file, close)}  `;
  const text = entries.map((entry) => `${indent}${entry},${file.eol}`).join("");
  return { file: file.path, start: closeLine, end: closeLine, text };
}

/**
 * Adds `key: valueText` properties to an object literal the way its author would: each on a new
 * line with the indentation of the other properties in a multi-line object, inline otherwise,
 * keeping a trailing comma where there was one. What follows the last property on its line (its
 * comma, a comment) stays on that line.
 */
export function insertPropertiesEdit(
  file: ProgramFile,
  object: ts.ObjectLiteralExpression,
  properties: readonly (readonly [key: string, valueText: string])[],
): TextEdit {
  const entries = properties.map(([key, value]) => `${formatKey(key, file.quote)}: ${value}`);
  const last = object.properties[object.properties.length - 1];
  if (!last) return intoEmptyObject(file, object, entries);
  if (!isMultiline(file, object)) {
    return {
      file: file.path,
      start: last.end,
      end: last.end,
      text: entries.map((e) => `, ${e}`).join(""),
    };
  }
  const indent = indentOfLine(file, last.getStart(file.sourceFile));
  const trailingComma = object.properties.hasTrailingComma;
  const lineEnd = lineEndAt(file.text, last.end);
  const rest = file.text.slice(last.end, lineEnd);
  const added = entries.map((entry) => `${file.eol}${indent}${entry}`).join(",");
  if (onlyCommaAndComments.test(rest)) {
    const keptRest = trailingComma ? rest : `,${rest}`;
    return {
      file: file.path,
      start: last.end,
      end: lineEnd,
      text: `${keptRest}${added}${trailingComma ? "," : ""}`,
    };
  }
  return { file: file.path, start: last.end, end: last.end, text: `,${added}` };
}

/** Renames a property key, keeping its quotes when it had them and it still needs them. */
export function renameKeyEdit(file: ProgramFile, name: ts.PropertyName, key: string): TextEdit {
  const written = name.getText(file.sourceFile);
  const quote = written.startsWith("'") ? "'" : written.startsWith('"') ? '"' : file.quote;
  const text = ts.isIdentifier(name) ? formatKey(key, quote) : quoteString(key, quote);
  return { file: file.path, start: name.getStart(file.sourceFile), end: name.end, text };
}

/** Replaces a string literal's value, keeping its own quote character. */
export function replaceStringEdit(
  file: ProgramFile,
  literal: ts.StringLiteralLike,
  value: string,
): TextEdit {
  const written = literal.getText(file.sourceFile);
  const text = written.startsWith("`")
    ? `\`${value.replace(/[`\\$]/g, (c) => `\\${c}`)}\``
    : quoteString(value, written.startsWith("'") ? "'" : '"');
  return { file: file.path, start: literal.getStart(file.sourceFile), end: literal.end, text };
}

/** Looks through `as`, `satisfies`, `!` and parentheses to the expression that holds the value. */
export function skipWrappers(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/**
 * The name of a top-level `const x = new pulumi.Config()` (the project's namespace), if the file
 * has one: the fixer reads stack config through it instead of writing a stack's value.
 */
export function findProjectConfigVariable(file: ProgramFile): string | undefined {
  for (const statement of file.sourceFile.statements) {
    if (
      !ts.isVariableStatement(statement) ||
      (statement.declarationList.flags & ts.NodeFlags.Const) === 0
    )
      continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (
        ts.isIdentifier(declaration.name) &&
        init &&
        ts.isNewExpression(init) &&
        /(^|\.)Config$/.test(init.expression.getText(file.sourceFile)) &&
        (init.arguments?.length ?? 0) === 0
      ) {
        return declaration.name.text;
      }
    }
  }
  return undefined;
}
