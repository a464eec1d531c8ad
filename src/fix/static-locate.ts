import * as ts from "typescript";
import type { SourceLocation } from "../check/check-result.js";
import type { ProgramFile, ProgramFiles } from "./program-files.js";
import { bindingOf } from "./bindings.js";
import { findCallAt, skipWrappers } from "./syntax.js";
import { classOfType, constructedClass } from "./tag-layout.js";

/** What a call's name argument can produce: an exact name, a pattern, or anything. */
function namePattern(file: ProgramFile, argument: ts.Expression | undefined): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const value = argument ? skipWrappers(argument) : undefined;
  if (!value) return /^$/;
  if (ts.isStringLiteralLike(value)) return new RegExp(`^${escape(value.text)}$`);
  if (ts.isTemplateExpression(value)) {
    const parts = [
      escape(value.head.text),
      ...value.templateSpans.map((span) => `.*${escape(span.literal.text)}`),
    ];
    return new RegExp(`^${parts.join("")}$`);
  }
  if (ts.isIdentifier(value)) {
    const binding = bindingOf(value);
    if (binding?.kind === "const" && ts.isStringLiteralLike(skipWrappers(binding.initializer))) {
      return namePattern(file, binding.initializer);
    }
  }
  return /.*/;
}

/**
 * The `pkg:module` part of a type token, as a callee writes it: `aws.bedrock`, `cognitiveservices`.
 */
function moduleOf(type: string): string {
  return (type.split(":")[1] ?? "").split("/")[0] ?? "";
}

/**
 * The name pattern of a call that is a `new` of the type's class under its module (`aws.bedrock`
 * for `aws:bedrock/...`, or a bare or imported class), or `undefined` for any other call.
 */
function namePatternOfTypeCall(file: ProgramFile, node: ts.Node, type: string): RegExp | undefined {
  if (!ts.isNewExpression(node) || constructedClass(node, file) !== classOfType(type)) {
    return undefined;
  }
  const callee = skipWrappers(node.expression);
  const qualifier = ts.isPropertyAccessExpression(callee)
    ? callee.expression.getText(file.sourceFile)
    : "";
  const module = moduleOf(type);
  const moduleMatches =
    qualifier === "" || qualifier.split(".").pop() === module || !qualifier.includes(".");
  return moduleMatches ? namePattern(file, node.arguments?.[0]) : undefined;
}

/**
 * Finds the constructor call of a resource known only by type and name (a resource from an
 * engine event log): a `new` of its class, under its module, whose name argument can produce its
 * name. More than one candidate (an exact name and a template that could also produce it) is no
 * answer: a person must say which call it is.
 */
export function locateStatically(
  files: ProgramFiles,
  paths: readonly string[],
  type: string,
  name: string,
): SourceLocation | undefined {
  const exact: SourceLocation[] = [];
  const patterned: SourceLocation[] = [];
  for (const path of paths) {
    const file = files.get(path);
    if (!file) continue;
    const visit = (node: ts.Node): void => {
      const pattern = namePatternOfTypeCall(file, node, type);
      if (pattern?.test(name)) {
        const { line, character } = file.sourceFile.getLineAndCharacterOfPosition(
          node.getStart(file.sourceFile),
        );
        const location = { file: path, line: line + 1, column: character + 1 };
        (pattern.source.includes(".*") ? patterned : exact).push(location);
      }
      ts.forEachChild(node, visit);
    };
    visit(file.sourceFile);
  }
  const candidates = [...exact, ...patterned];
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * What a saved report's place for a resource holds now. A report outlives the source it was made
 * from: a resource added above another moves its call down, and the place then holds another
 * resource's call, which must not be edited for this one.
 * - `its call`: a `new` of its type whose name argument can produce its name. A name built at run
 *   time (a parameter, a computed value) can produce any, so the report is taken at its word.
 * - `moved`: a `new` of its type under a name that cannot be its, no call at all, or a file that
 *   is gone: the source changed since the report.
 * - `other call`: a call of another class or function. A resource built inside a library's
 *   component is reported there (its frames skip the library's own), and the fixer never edits
 *   such a call for the resource (findConstructorCall), so the place is kept.
 */
export function callAtReportedPlace(
  files: ProgramFiles,
  place: SourceLocation,
  type: string,
  name: string,
): "its call" | "moved" | "other call" {
  const file = files.get(place.file);
  if (!file) return "moved";
  const call = findCallAt(file, files.offsetOf(file, place.line, place.column));
  if (!call) return "moved";
  const pattern = namePatternOfTypeCall(file, call, type);
  if (pattern === undefined) return "other call";
  return pattern.test(name) ? "its call" : "moved";
}
