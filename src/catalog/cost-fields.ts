/** The limit groups of `ai-cost-limits`, as its config names them. */
export type CostLimitGroup =
  "sagemaker" | "bedrockProvisionedThroughput" | "azureOpenAiDeployments";

/** The limit a field is held to, by its config name. */
export type CostLimitName =
  | "allowedInstanceTypes"
  | "maxInstanceCount"
  | "maxModelUnits"
  | "allowedCommitments"
  | "allowedSkus"
  | "maxCapacity";

/** One input that drives cost, and the limit that holds it. */
export interface CostField {
  readonly group: CostLimitGroup;
  /** Dotted, with `[]` after array segments, like model fields. */
  readonly path: string;
  readonly limit: CostLimitName;
  /** What an absent value means, when absence is itself a choice (no commitment). */
  readonly absent?: string | undefined;
}

function variantFields(list: string): CostField[] {
  return [
    { group: "sagemaker", path: `${list}[].instanceType`, limit: "allowedInstanceTypes" },
    { group: "sagemaker", path: `${list}[].initialInstanceCount`, limit: "maxInstanceCount" },
    {
      group: "sagemaker",
      path: `${list}[].managedInstanceScaling.maxInstanceCount`,
      limit: "maxInstanceCount",
    },
  ];
}

const azureDeploymentFields: CostField[] = [
  { group: "azureOpenAiDeployments", path: "sku.name", limit: "allowedSkus" },
  { group: "azureOpenAiDeployments", path: "sku.capacity", limit: "maxCapacity" },
];

/**
 * The inputs that decide what an AI resource costs to run, checked against the installed SDK
 * types by test/catalog/cost-fields.test.ts: SageMaker instance types and counts, Bedrock
 * provisioned throughput units and commitment terms, Azure OpenAI deployment SKUs and capacity.
 */
export const costFieldsByType: Readonly<Record<string, readonly CostField[]>> = {
  "aws:sagemaker/endpointConfiguration:EndpointConfiguration": [
    ...variantFields("productionVariants"),
    ...variantFields("shadowProductionVariants"),
  ],
  "aws:sagemaker/notebookInstance:NotebookInstance": [
    { group: "sagemaker", path: "instanceType", limit: "allowedInstanceTypes" },
  ],
  "aws:sagemaker/trainingJob:TrainingJob": [
    { group: "sagemaker", path: "resourceConfig.instanceType", limit: "allowedInstanceTypes" },
    { group: "sagemaker", path: "resourceConfig.instanceCount", limit: "maxInstanceCount" },
  ],
  "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput": [
    { group: "bedrockProvisionedThroughput", path: "modelUnits", limit: "maxModelUnits" },
    {
      group: "bedrockProvisionedThroughput",
      path: "commitmentDuration",
      limit: "allowedCommitments",
      absent: "none",
    },
  ],
  "azure-native:cognitiveservices:Deployment": azureDeploymentFields,
  "azure:cognitive/deployment:Deployment": azureDeploymentFields,
};
