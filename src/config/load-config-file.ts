import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ConfigError, type ConfigIssue } from "./config-error.js";
import { policyConfigFileSchema } from "./file-schema.js";
import { repeatedKeyIssues } from "./repeated-keys.js";
import { allowedKeysAt } from "./schema-keys.js";
import { syntaxErrorLocation } from "./text-location.js";
import { toConfigIssues } from "./zod-issues.js";

export type PolicyConfigFile = z.infer<typeof policyConfigFileSchema>;

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
 * Parses and validates the text of a config file. Keys written twice in one object are refused
 * too, which only the text shows; they are listed with the file's other problems.
 */
export function readConfigText(
  text: string,
  source: string,
): { json: unknown; config: PolicyConfigFile } {
  const json = parseConfigJson(text, source);
  const repeated = repeatedKeyIssues(text);
  let invalid: readonly ConfigIssue[] = [];
  try {
    const config = validateConfigFile(json, source);
    if (repeated.length === 0) return { json, config };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    invalid = error.issues;
  }
  throw new ConfigError(source, [...repeated, ...invalid]);
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
  return readConfigText(text.replace(/^\uFEFF/, ""), file);
}
