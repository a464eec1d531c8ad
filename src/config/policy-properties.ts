import { z } from "zod";

export const enforcementLevels = ["advisory", "mandatory", "remediate", "disabled"] as const;
export const enforcementLevelSchema = z.enum(enforcementLevels);
export type EnforcementLevel = z.infer<typeof enforcementLevelSchema>;

export const modelProviders = ["aws-bedrock", "aws-sagemaker", "azure-openai"] as const;

/**
 * A policy's config properties: the shape, and one refinement across fields. Both the pack (which
 * gets properties alone) and the config file (properties beside `enforcementLevel`) build their
 * schema from it, so they accept exactly the same values.
 */
export interface PolicyProperties<Shape extends z.core.$ZodLooseShape> {
  readonly shape: Shape;
  readonly refine: (value: z.infer<z.ZodObject<Shape>>, ctx: z.RefinementCtx) => void;
}

export function noCrossFieldRules(): void {
  // Nothing spans fields.
}

/** The schema of a policy's properties as the pack receives them from `Configure`. */
export function propertiesSchema<Shape extends z.core.$ZodLooseShape>(
  properties: PolicyProperties<Shape>,
) {
  return z.strictObject(properties.shape).superRefine(properties.refine);
}

/** A model id, or a prefix ending in one `*`. */
export const modelPatternSchema = z
  .string()
  .min(1)
  .refine((m) => !m.slice(0, -1).includes("*") && m !== "*", {
    error: "a model id, or a prefix with a single * at the end",
  });

/** The `environmentTag`/`workloadTag` properties: which tag key says a resource's environment. */
export function tagKeySetting(defaultKey: string) {
  return z.string().trim().min(1).default(defaultKey);
}
