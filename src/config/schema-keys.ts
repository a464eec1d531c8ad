import type { z } from "zod";

interface SchemaDef {
  type: string;
  innerType?: z.core.$ZodType;
  out?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
}

function defOf(schema: z.core.$ZodType): SchemaDef {
  return schema._zod.def;
}

/** Looks through optional, default and preprocess wrappers to the schema that holds the shape. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = def.type === "pipe" ? def.out : def.innerType;
    if (!inner) return current;
    current = inner;
  }
}

/**
 * Lists the property names an object schema allows at a path of a value, so an error about an
 * unknown property can say which ones exist. Read from the schema itself, so it cannot drift.
 */
export function allowedKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    const def = defOf(current);
    if (def.type === "object") current = def.shape?.[String(segment)];
    else if (def.type === "array") current = def.element;
    else if (def.type === "record") current = def.valueType;
    else return [];
    if (!current) return [];
    current = unwrap(current);
  }
  const def = defOf(current);
  return def.type === "object" ? Object.keys(def.shape ?? {}) : [];
}
