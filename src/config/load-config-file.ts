import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ConfigError } from "./config-error.js";
import { policyConfigFileSchema } from "./file-schema.js";
import { allowedKeysAt } from "./schema-keys.js";
import { toConfigIssues } from "./zod-issues.js";

export type PolicyConfigFile = z.infer<typeof policyConfigFileSchema>;

/** Where a JSON syntax error is, as `line L, column C`, from V8's "at position N" message. */
export function syntaxErrorLocation(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return "$";
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = Number(position) - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

/** Parses config text as JSON, reporting a syntax error with its line and column. */
export function parseConfigJson(text: string, source: string): unknown {
  if (text.trim() === "") {
    throw new ConfigError(source, [{ path: "$", expected: "a JSON object", got: "an empty file" }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(source, [
      { path: syntaxErrorLocation(text, message), expected: "valid JSON", got: message },
    ]);
  }
}

/**
 * Validates a parsed config file, returning it with defaults filled in, or throwing a
 * `ConfigError` that lists every problem with its JSON path.
 */
export function validateConfigFile(json: unknown, source: string): PolicyConfigFile {
  // A policy's bare level ("advisory") is short for { enforcementLevel: "advisory" }; reading it
  // that way first lets an error point at the value that was written.
  const normalized =
    typeof json === "object" && json !== null && !Array.isArray(json)
      ? Object.fromEntries(
          Object.entries(json).map(([k, v]) => [
            k,
            typeof v === "string" ? { enforcementLevel: v } : v,
          ]),
        )
      : json;
  const result = policyConfigFileSchema.safeParse(normalized);
  if (result.success) return result.data;
  const allowed = (path: readonly PropertyKey[]) => allowedKeysAt(policyConfigFileSchema, path);
  throw new ConfigError(source, toConfigIssues(result.error.issues, normalized, allowed));
}

/**
 * Reads, parses and validates a `--policy-pack-config` file.
 *
 * @example
 * const config = loadConfigFile("examples/policy-config.json");
 * config["ai-required-tags"]?.requiredTags.map((t) => t.key);
 */
export function loadConfigFile(file: string): { json: unknown; config: PolicyConfigFile } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(file, [{ path: "$", expected: "a readable JSON file", got: reason }]);
  }
  const json = parseConfigJson(text.replace(/^\uFEFF/, ""), file);
  return { json, config: validateConfigFile(json, file) };
}
