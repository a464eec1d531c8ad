/**
 * The AI services a resource type can belong to, named as a FinOps team groups its spend: one
 * name per billing line (Bedrock, SageMaker, Azure OpenAI, Azure Machine Learning, AI Foundry).
 */
export type AiService =
  "aws-bedrock" | "aws-sagemaker" | "azure-openai" | "azure-ml" | "azure-ai-foundry";

/**
 * The type-token modules that hold AI resources, and the service each bills under. A token in
 * one of these modules is an AI resource even when the generated lists do not know it yet.
 */
export const aiServiceModules: readonly { readonly prefix: string; readonly service: AiService }[] =
  [
    { prefix: "aws:bedrock/", service: "aws-bedrock" },
    { prefix: "aws:bedrockfoundation/", service: "aws-bedrock" },
    { prefix: "aws:bedrockmodel/", service: "aws-bedrock" },
    { prefix: "aws:sagemaker/", service: "aws-sagemaker" },
    // Cognitive Services accounts of kind OpenAI or AIServices, and their model deployments.
    { prefix: "azure-native:cognitiveservices:", service: "azure-openai" },
    { prefix: "azure:cognitive/", service: "azure-openai" },
    { prefix: "azure-native:machinelearningservices:", service: "azure-ml" },
    { prefix: "azure:machinelearning/", service: "azure-ml" },
    { prefix: "azure:aifoundry/", service: "azure-ai-foundry" },
  ];

/** The service a canonical type token bills under, or `undefined` outside the AI modules. */
export function aiServiceOf(token: string): AiService | undefined {
  return aiServiceModules.find((module) => token.startsWith(module.prefix))?.service;
}

/** The service of a token the catalogue lists; every one sits in an AI module. */
export function aiServiceOfOrThrow(token: string): AiService {
  const service = aiServiceOf(token);
  if (service === undefined) throw new Error(`${token} is in no AI module of the catalogue.`);
  return service;
}
