import { z } from "zod";
import { matchesModelPattern } from "../models/approved-models.js";
import { exemptionsShape } from "./exemptions.js";
import { foldTagKey } from "./tag-key.js";

export const enforcementLevels = ["advisory", "mandatory", "remediate", "disabled"] as const;
export const enforcementLevelSchema = z.enum(enforcementLevels);
export type EnforcementLevel = z.infer<typeof enforcementLevelSchema>;

export const modelProviders = ["aws-bedrock", "aws-sagemaker", "azure-openai"] as const;

function compilesAsRegExp(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

const requiredTagSchema = z.strictObject({
  key: z.string().trim().min(1),
  allowedValues: z.array(z.string().min(1)).min(1).optional(),
  pattern: z
    .string()
    .min(1)
    .refine(compilesAsRegExp, { error: "a valid regular expression" })
    .optional(),
});

/** The attribution tags FinOps needs when no config names any. */
export const defaultRequiredTags: readonly z.infer<typeof requiredTagSchema>[] = [
  { key: "cost-center" },
  { key: "team" },
  { key: "owner" },
  { key: "environment" },
];

/**
 * A policy's config properties: the shape, and one refinement across fields. Both the pack (which
 * gets properties alone) and the config file (properties beside `enforcementLevel`) build their
 * schema from it, so they accept exactly the same values.
 */
export interface PolicyProperties<Shape extends z.core.$ZodLooseShape> {
  readonly shape: Shape;
  readonly refine: (value: z.infer<z.ZodObject<Shape>>, ctx: z.RefinementCtx) => void;
}

function noCrossFieldRules(): void {
  // Nothing spans fields.
}

export const requiredTagsProperties = {
  shape: {
    requiredTags: z
      .array(requiredTagSchema)
      .default(() => [...defaultRequiredTags])
      .superRefine((tags, ctx) => {
        const seen = new Map<string, number>();
        tags.forEach((tag, index) => {
          const first = seen.get(foldTagKey(tag.key));
          if (first !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: [index, "key"],
              message: `a key that is not already required (requiredTags[${first}] is "${tags[first]?.key}")`,
            });
          } else seen.set(foldTagKey(tag.key), index);
        });
      }),
    ...exemptionsShape,
  },
  refine: noCrossFieldRules,
} satisfies PolicyProperties<z.core.$ZodLooseShape>;
export type RequiredTagsConfig = z.infer<z.ZodObject<typeof requiredTagsProperties.shape>>;
export type RequiredTag = RequiredTagsConfig["requiredTags"][number];

const approvedModelSchema = z
  .strictObject({
    provider: z.enum(modelProviders),
    model: z
      .string()
      .min(1)
      .refine((m) => !m.slice(0, -1).includes("*") && m !== "*", {
        error: "a model id, or a prefix with a single * at the end",
      }),
    version: z.string().min(1).optional(),
  })
  .refine((entry) => entry.version === undefined || entry.provider === "azure-openai", {
    error: "no version: versions apply to azure-openai models only",
    path: ["version"],
  });

const approvedModelShape = {
  approvedModels: z.array(approvedModelSchema).default([]),
  replacements: z.record(z.string().min(1), z.string().min(1)).default({}),
  ...exemptionsShape,
};

export const approvedModelProperties = {
  shape: approvedModelShape,
  refine: (config: z.infer<z.ZodObject<typeof approvedModelShape>>, ctx: z.RefinementCtx) => {
    for (const [from, to] of Object.entries(config.replacements)) {
      if (!config.approvedModels.some((entry) => matchesModelPattern(entry.model, to))) {
        ctx.addIssue({
          code: "custom",
          path: ["replacements", from],
          message: `a model on approvedModels, got "${to}"`,
        });
      }
    }
  },
} satisfies PolicyProperties<typeof approvedModelShape>;
export type ApprovedModelConfig = z.infer<z.ZodObject<typeof approvedModelShape>>;

export const notCheckableProperties = {
  shape: {},
  refine: noCrossFieldRules,
} satisfies PolicyProperties<z.core.$ZodLooseShape>;

/** The schema of a policy's properties as the pack receives them from `Configure`. */
export function propertiesSchema<Shape extends z.core.$ZodLooseShape>(
  properties: PolicyProperties<Shape>,
) {
  return z.strictObject(properties.shape).superRefine(properties.refine);
}
