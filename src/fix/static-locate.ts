import * as ts from "typescript";
import type { SourceLocation } from "../check/check-result.js";
import type { ProgramFile, ProgramFiles } from "./program-files.js";
import { bindingOf } from "./bindings.js";
import { skipWrappers } from "./syntax.js";
import { constructedClass } from "./tag-layout.js";

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
  const className = type.slice(type.lastIndexOf(":") + 1);
  const module = moduleOf(type);
  const exact: SourceLocation[] = [];
  const patterned: SourceLocation[] = [];
  for (const path of paths) {
    const file = files.get(path);
    if (!file) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && constructedClass(node, file) === className) {
        const callee = skipWrappers(node.expression);
        const qualifier = ts.isPropertyAccessExpression(callee)
          ? callee.expression.getText(file.sourceFile)
          : "";
        const moduleMatches =
          qualifier === "" || qualifier.split(".").pop() === module || !qualifier.includes(".");
        const pattern = namePattern(file, node.arguments?.[0]);
        if (moduleMatches && pattern.test(name)) {
          const { line, character } = file.sourceFile.getLineAndCharacterOfPosition(
            node.getStart(file.sourceFile),
          );
          const location = { file: path, line: line + 1, column: character + 1 };
          (pattern.source.includes(".*") ? patterned : exact).push(location);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file.sourceFile);
  }
  const candidates = [...exact, ...patterned];
  return candidates.length === 1 ? candidates[0] : undefined;
}
