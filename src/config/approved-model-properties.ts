import { z } from "zod";
import { matchesModelPattern } from "../models/approved-models.js";
import { exemptionsShape, isoDate } from "./exemptions.js";
import {
  modelPatternSchema,
  modelProviders,
  tagKeySetting,
  type PolicyProperties,
} from "./policy-properties.js";

const versionOnlyForAzure = {
  check: (entry: { provider: string; version?: string | undefined }) =>
    entry.version === undefined || entry.provider === "azure-openai",
  message: { error: "no version: versions apply to azure-openai models only", path: ["version"] },
};

const approvedModelSchema = z
  .strictObject({
    provider: z.enum(modelProviders),
    model: modelPatternSchema,
    version: z.string().min(1).optional(),
    /** Only in these environments (the environment tag's value, else the stack name). */
    environments: z.array(z.string().min(1)).min(1).optional(),
    /** Only for these workloads (the workload tag's value). */
    workloads: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine(versionOnlyForAzure.check, versionOnlyForAzure.message);

/** A model the platform team is phasing out: approved until it retires, then refused. */
const deprecatedModelSchema = z
  .strictObject({
    provider: z.enum(modelProviders),
    model: modelPatternSchema,
    version: z.string().min(1).optional(),
    retires: isoDate,
    replacement: z.string().min(1).optional(),
  })
  .refine(versionOnlyForAzure.check, versionOnlyForAzure.message);

const approvedModelShape = {
  approvedModels: z.array(approvedModelSchema).default([]),
  replacements: z.record(z.string().min(1), z.string().min(1)).default({}),
  deprecated: z.array(deprecatedModelSchema).default([]),
  environmentTag: tagKeySetting("environment"),
  workloadTag: tagKeySetting("workload"),
  ...exemptionsShape,
};

export type ApprovedModelConfig = z.infer<z.ZodObject<typeof approvedModelShape>>;

function isApproved(config: ApprovedModelConfig, model: string, provider?: string): boolean {
  return config.approvedModels.some(
    (e) =>
      (provider === undefined || e.provider === provider) && matchesModelPattern(e.model, model),
  );
}

export const approvedModelProperties = {
  shape: approvedModelShape,
  refine: (config: ApprovedModelConfig, ctx: z.RefinementCtx) => {
    for (const [from, to] of Object.entries(config.replacements)) {
      if (!isApproved(config, to)) {
        ctx.addIssue({
          code: "custom",
          path: ["replacements", from],
          message: `a model on approvedModels, got "${to}"`,
        });
      }
    }
    config.deprecated.forEach((entry, index) => {
      if (
        entry.replacement !== undefined &&
        !isApproved(config, entry.replacement, entry.provider)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["deprecated", index, "replacement"],
          message: `a ${entry.provider} model on approvedModels, got "${entry.replacement}"`,
        });
      }
    });
  },
} satisfies PolicyProperties<typeof approvedModelShape>;
