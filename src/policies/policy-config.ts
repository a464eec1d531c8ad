import type { PolicyConfigSchema } from "@pulumi/policy";
import { z } from "zod";
import { ConfigError } from "../config/config-error.js";
import { propertiesSchema, type PolicyProperties } from "../config/properties.js";
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
  const schema = z.toJSONSchema(propertiesSchema(properties), { io: "input", target: "draft-7" });
  // zod's JSON Schema type is wider than the SDK's (draft-4 boolean exclusiveMaximum); ours
  // never uses those keywords.
  return {
    properties: (schema.properties ?? {}) as PolicyConfigSchema["properties"],
    required: schema.required ?? [],
  };
}

/** Parsed configs by policy, for the stack policy that reports what the others deferred. */
const lastParsed = new Map<PolicyName, unknown>();

/**
 * Makes a reader for a policy's config as `args.getConfig()` returns it. `getConfig` builds a new
 * object on every call, but its property values are the ones the engine sent with `Configure`,
 * so the parse is redone only when one of them changes. A config the schema rejects throws a
 * `ConfigError` naming the policy and the property path.
 */
export function makeConfigReader<Shape extends z.core.$ZodLooseShape, Parsed>(
  policy: PolicyName,
  properties: PolicyProperties<Shape>,
  prepare: (config: z.infer<z.ZodObject<Shape>>) => Parsed,
): (raw: Record<string, unknown>) => Parsed {
  const schema = propertiesSchema(properties);
  let lastValues: unknown[] | undefined;
  let lastResult: Parsed | undefined;
  return (raw) => {
    const values = Object.keys(raw).sort().flatMap((key) => [key, raw[key]]);
    if (lastValues?.length === values.length && lastValues.every((v, i) => v === values[i])) {
      return lastResult as Parsed;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      const allowed = (path: readonly PropertyKey[]) => allowedKeysAt(schema, path);
      throw new ConfigError(`policy ${policy} config`, toConfigIssues(result.error.issues, raw, allowed));
    }
    lastValues = values;
    lastResult = prepare(result.data as z.infer<z.ZodObject<Shape>>);
    lastParsed.set(policy, lastResult);
    return lastResult;
  };
}

/**
 * The config a policy last ran with in this process, or `undefined` if it has not run (it is
 * disabled). The engine configures the pack once and analyses every resource, the stack itself
 * included, before `AnalyzeStack`, so a stack policy sees the resource policies' configs.
 */
export function lastConfigOf<Parsed>(policy: PolicyName): Parsed | undefined {
  return lastParsed.get(policy) as Parsed | undefined;
}
