const plainKey = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Renders a path into a JSON document the way people read it:
 * `["ai-approved-model", "replacements", "anthropic.claude-v2"]` becomes
 * `ai-approved-model.replacements["anthropic.claude-v2"]`; the empty path is `$`.
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "$";
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      const key = String(segment);
      if (!plainKey.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join("");
}

/** Reads the value at a path, or `undefined` when the path leads nowhere. */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * Describes a JSON value briefly for an error: strings quoted, containers by kind. An empty list
 * is named as such, since "expected a non-empty list, got a list" would not say what is wrong.
 */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}
