import { z } from "zod";
import { policyPropertiesByName } from "./policy-properties-by-name.js";
import { enforcementLevels, propertiesSchema, type PolicyProperties } from "./policy-properties.js";

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft-07) of a policy's properties, as the policy declares it in
 * `configSchema`. Generated from the same zod schema that validates the config, in its input
 * form: what a person may write, with the defaults they may leave out.
 */
export function propertiesJsonSchema<Shape extends z.core.$ZodLooseShape>(
  properties: PolicyProperties<Shape>,
): { properties: Record<string, JsonSchema>; required: string[] } {
  const schema = z.toJSONSchema(propertiesSchema(properties), { io: "input", target: "draft-7" });
  return {
    properties: (schema.properties ?? {}) as Record<string, JsonSchema>,
    required: schema.required ?? [],
  };
}

const levelSchema: JsonSchema = { type: "string", enum: [...enforcementLevels] };

/** A policy's entry: its level alone, or an object of its level and properties. */
function entrySchema(own: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  return {
    oneOf: [
      levelSchema,
      {
        type: "object",
        properties: { enforcementLevel: levelSchema, ...own },
        required,
        additionalProperties: false,
      },
    ],
  };
}

/**
 * The JSON Schema of a whole `--policy-pack-config` file for this pack, for editors and for
 * `aigov config schema`. Cross-field rules (a replacement must be approved, a tag's default and
 * allowed values must pass its own pattern) are beyond JSON Schema, and so is a key written twice,
 * which JSON parsers drop; `aigov config validate` checks them too.
 */
export function configFileJsonSchema(): JsonSchema {
  const policies = Object.fromEntries(
    Object.entries(policyPropertiesByName).map(([name, properties]) => {
      const { properties: own } = propertiesJsonSchema(
        properties as PolicyProperties<z.core.$ZodLooseShape>,
      );
      return [name, entrySchema(own)];
    }),
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "ai-governance policy pack config",
    description:
      "The file `pulumi preview --policy-pack-config` and `aigov check --config` take: " +
      "policy names to an enforcement level, or to an object of the level and the policy's " +
      "properties.",
    type: "object",
    properties: { all: entrySchema({}, ["enforcementLevel"]), ...policies },
    additionalProperties: false,
  };
}
