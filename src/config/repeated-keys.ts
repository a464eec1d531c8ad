import * as ts from "typescript";
import type { ConfigIssue } from "./config-error.js";
import { describeJsonValue, formatJsonPath } from "./json-path.js";
import { lineColumnAt } from "./text-location.js";

type Path = readonly (string | number)[];

/**
 * Each key written again in the same object of a JSON text, with where it is written again, its
 * JSON path, and where it was first. `JSON.parse` keeps the last value of a repeated key, and so
 * does the Pulumi CLI, so the pack can never see the earlier one: only the text shows it.
 *
 * The text must already have parsed as JSON; syntax is `JSON.parse`'s to report. TypeScript's
 * JSON parser (the one that reads tsconfig.json) gives the syntax tree with positions: `yaml`
 * can report repeated keys too, but misreads valid JSON whose lines end in a lone `\r`.
 *
 * @example
 * repeatedKeyIssues('{"all": "advisory", "all": "mandatory"}');
 * // [{ location: "line 1, column 21", path: "all", expected: "a key not ...",
 * //    got: '"all" again' }]
 */
export function repeatedKeyIssues(text: string): ConfigIssue[] {
  try {
    return scan(text);
  } catch (error) {
    // Nesting thousands deep overflows the parser's stack. No config nests like that, and the
    // schema refuses such a file anyway, so it is left to the schema.
    if (error instanceof RangeError) return [];
    throw error;
  }
}

function scan(text: string): ConfigIssue[] {
  const file = ts.parseJsonText("config.json", text);
  const root = file.statements[0]?.expression;
  const issues: ConfigIssue[] = [];

  const visit = (node: ts.Expression, path: Path): void => {
    if (ts.isArrayLiteralExpression(node)) {
      node.elements.forEach((element, index) => {
        visit(element, [...path, index]);
      });
      return;
    }
    if (!ts.isObjectLiteralExpression(node)) return;
    const firstAt = new Map<string, number>();
    for (const property of node.properties) {
      // In JSON every property is a string key and a value.
      if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) continue;
      const key = property.name.text;
      const at = property.name.getStart(file);
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, at);
      else {
        issues.push({
          location: lineColumnAt(text, at),
          path: formatJsonPath([...path, key]),
          expected:
            "a key not already in this object (JSON keeps only the last, so the one at " +
            `${lineColumnAt(text, first)} would be ignored)`,
          got: `${describeJsonValue(key)} again`,
        });
      }
      // Both values are read: a repeat inside the one that is dropped is a mistake too.
      visit(property.initializer, [...path, key]);
    }
  };

  if (root !== undefined) visit(root, []);
  return issues;
}
