import { z } from "zod";
import { policyNames } from "./policy-names.js";
import { approvedModelProperties } from "./approved-model-properties.js";
import { attributableUsageProperties, levelOnlyProperties } from "./companion-properties.js";
import { costLimitsProperties } from "./cost-limits-properties.js";
import { enforcementLevelSchema, type PolicyProperties } from "./policy-properties.js";
import { requiredTagsProperties } from "./required-tags-properties.js";

/**
 * A policy's entry in the config file: its enforcement level alone (`"advisory"`), or an object
 * with an optional `enforcementLevel` beside the policy's own properties, as the Pulumi CLI reads
 * `--policy-pack-config`.
 */
function policyEntry<Shape extends z.core.$ZodLooseShape>(properties: PolicyProperties<Shape>) {
  const entry = z
    .strictObject({ ...properties.shape, enforcementLevel: enforcementLevelSchema.optional() })
    .superRefine((value, ctx) => {
      properties.refine(value as z.infer<z.ZodObject<Shape>>, ctx);
    });
  return z.preprocess(
    (value) => (typeof value === "string" ? { enforcementLevel: value } : value),
    entry,
  );
}

/** The whole `--policy-pack-config` file. Unknown policy names are an error, unlike the CLI. */
export const policyConfigFileSchema = z.strictObject({
  all: z
    .preprocess(
      (value) => (typeof value === "string" ? { enforcementLevel: value } : value),
      z.strictObject({ enforcementLevel: enforcementLevelSchema }),
    )
    .optional(),
  [policyNames.requiredTags]: policyEntry(requiredTagsProperties).optional(),
  [policyNames.approvedModel]: policyEntry(approvedModelProperties).optional(),
  [policyNames.attributableUsage]: policyEntry(attributableUsageProperties).optional(),
  [policyNames.costLimits]: policyEntry(costLimitsProperties).optional(),
  [policyNames.notCheckable]: policyEntry(levelOnlyProperties).optional(),
  [policyNames.modelRetirement]: policyEntry(levelOnlyProperties).optional(),
  [policyNames.exemptions]: policyEntry(levelOnlyProperties).optional(),
});
