import type { z } from "zod";
import type { ConfigIssue } from "./config-error.js";
import { describeJsonValue, formatJsonPath, valueAtPath } from "./json-path.js";

type Issue = z.core.$ZodIssue;

const typeNames: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  record: "an object",
};

function expectedFor(
  issue: Issue,
  allowedKeys: (path: readonly PropertyKey[]) => string[],
): string {
  switch (issue.code) {
    case "invalid_type":
      return typeNames[issue.expected] ?? issue.expected;
    case "too_small":
      if (issue.origin === "string") return "a non-empty string";
      if (issue.origin === "array") return `a list of at least ${String(issue.minimum)} item(s)`;
      return issue.inclusive === false
        ? `a number greater than ${String(issue.minimum)}`
        : `at least ${String(issue.minimum)}`;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys": {
      const allowed = allowedKeys(issue.path);
      return allowed.length > 0 ? `one of the properties ${allowed.join(", ")}` : "no properties";
    }
    default:
      return issue.message;
  }
}

/**
 * Turns zod's issues into config issues: a JSON path, what was expected, what was found. The
 * wording for every issue kind lives here, so the CLI and the pack say the same thing.
 */
export function toConfigIssues(
  issues: readonly Issue[],
  input: unknown,
  allowedKeys: (path: readonly PropertyKey[]) => string[] = () => [],
  pathPrefix: readonly PropertyKey[] = [],
): ConfigIssue[] {
  return issues.flatMap((issue): ConfigIssue[] => {
    const expected = expectedFor(issue, allowedKeys);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatJsonPath([...pathPrefix, ...issue.path, key]),
        expected,
        got: `unknown property ${JSON.stringify(key)}`,
      }));
    }
    const got = expected.includes(", got ")
      ? undefined
      : describeJsonValue(valueAtPath(input, issue.path));
    return [{ path: formatJsonPath([...pathPrefix, ...issue.path]), expected, got }];
  });
}
