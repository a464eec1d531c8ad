import { z } from "zod";
import { exemptionsShape } from "./exemptions.js";
import {
  modelPatternSchema,
  noCrossFieldRules,
  tagKeySetting,
  type PolicyProperties,
} from "./policy-properties.js";

const positiveInteger = z.number().int().positive();

/** SageMaker compute: instance types (a trailing `*` is a prefix) and how many instances. */
const instanceLimits = z.strictObject({
  allowedInstanceTypes: z.array(modelPatternSchema).min(1).optional(),
  maxInstanceCount: positiveInteger.optional(),
});

/** Bedrock provisioned throughput: model units, and commitment terms (`none` is no commitment). */
const throughputLimits = z.strictObject({
  maxModelUnits: positiveInteger.optional(),
  allowedCommitments: z
    .array(z.enum(["none", "OneMonth", "SixMonths"]))
    .min(1)
    .optional(),
});

/** Azure OpenAI deployments: SKU names (Standard, GlobalStandard, ProvisionedManaged...) and capacity. */
const deploymentLimits = z.strictObject({
  allowedSkus: z.array(z.string().min(1)).min(1).optional(),
  maxCapacity: positiveInteger.optional(),
});

/** Limits for every environment, and per environment where they differ. */
function perEnvironment<Limits extends z.ZodType>(limits: Limits) {
  return z
    .strictObject({
      default: limits.optional(),
      environments: z.record(z.string().min(1), limits).default({}),
    })
    .optional();
}

const costLimitsShape = {
  environmentTag: tagKeySetting("environment"),
  sagemaker: perEnvironment(instanceLimits),
  bedrockProvisionedThroughput: perEnvironment(throughputLimits),
  azureOpenAiDeployments: perEnvironment(deploymentLimits),
  ...exemptionsShape,
};

export type CostLimitsConfig = z.infer<z.ZodObject<typeof costLimitsShape>>;
export type InstanceLimits = z.infer<typeof instanceLimits>;
export type ThroughputLimits = z.infer<typeof throughputLimits>;
export type DeploymentLimits = z.infer<typeof deploymentLimits>;

export const costLimitsProperties = {
  shape: costLimitsShape,
  refine: noCrossFieldRules,
} satisfies PolicyProperties<typeof costLimitsShape>;
