import type { PolicyConfigSchema } from "@pulumi/policy";
import { z } from "zod";
import { ConfigError } from "../config/config-error.js";
import { propertiesJsonSchema } from "../config/config-file-json-schema.js";
import { propertiesSchema, type PolicyProperties } from "../config/policy-properties.js";
import type { PolicyName } from "../config/policy-names.js";
import { allowedKeysAt } from "../config/schema-keys.js";
import { toConfigIssues } from "../config/zod-issues.js";

/**
 * The `configSchema` a policy declares: the JSON Schema of its properties, so
 * `pulumi policy validate-config` and the engine (which fills schema defaults before `Configure`)
 * accept what the pack accepts.
 */
export function configSchemaOf<Shape extends z.core.$ZodLooseShape>(
  properties: PolicyProperties<Shape>,
): PolicyConfigSchema {
  return propertiesJsonSchema(properties);
}

/** Reads one policy's config, and remembers what it last read. */
export interface ConfigReader<Parsed> {
  /** Parses `args.getConfig()`; throws a `ConfigError` naming the policy and property path. */
  read(raw: Record<string, unknown>): Parsed;
  /**
   * Reads the config only if none has been read in this process: what a policy does with a
   * resource it does not evaluate. The engine's first `Analyze` is the stack's root, so a bad
   * config still fails there, and the SDK's `getConfig`, which copies the config at each call, is
   * not called for every resource that is not an AI resource.
   */
  checkOnce(args: { getConfig(): Record<string, unknown> }): void;
  /**
   * The config the policy last ran with in this process, or `undefined` if it has not run (it
   * is disabled). The engine configures the pack once and analyses every resource, the root
   * stack included, before `AnalyzeStack`, so a stack policy sees the resource policies' configs.
   */
  last(): Parsed | undefined;
}

/**
 * Makes a reader for a policy's config as `args.getConfig()` returns it. `getConfig` builds a new
 * object on every call, but its property values are the ones the engine sent with `Configure`,
 * so the parse is redone only when one of them changes.
 */
export function makeConfigReader<Shape extends z.core.$ZodLooseShape, Parsed>(
  policy: PolicyName,
  properties: PolicyProperties<Shape>,
  prepare: (config: z.infer<z.ZodObject<Shape>>) => Parsed,
): ConfigReader<Parsed> {
  const schema = propertiesSchema(properties);
  let lastValues: ReadonlyMap<string, unknown> | undefined;
  let lastResult: Parsed | undefined;
  // Called by every policy for every AI resource it evaluates: compare without allocating.
  const sameAsLast = (raw: Record<string, unknown>): boolean => {
    const last = lastValues;
    if (last === undefined) return false;
    let count = 0;
    for (const key in raw) {
      if (!Object.hasOwn(raw, key)) continue;
      count++;
      if (!last.has(key) || last.get(key) !== raw[key]) return false;
    }
    return count === last.size;
  };
  const read = (raw: Record<string, unknown>): Parsed => {
    if (sameAsLast(raw)) return lastResult as Parsed;
    const values = new Map(Object.keys(raw).map((key) => [key, raw[key]]));
    const result = schema.safeParse(raw);
    if (!result.success) {
      const allowed = (path: readonly PropertyKey[]) => allowedKeysAt(schema, path);
      throw new ConfigError(
        `policy ${policy} config`,
        toConfigIssues(result.error.issues, raw, allowed),
      );
    }
    // Remembered only once prepared: `checkOnce` takes a remembered config as a good one.
    const prepared = prepare(result.data);
    lastValues = values;
    lastResult = prepared;
    return prepared;
  };
  const checkOnce = (args: { getConfig(): Record<string, unknown> }): void => {
    if (lastValues === undefined) read(args.getConfig());
  };
  return { read, checkOnce, last: () => lastResult };
}
