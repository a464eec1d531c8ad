import type { ModelField } from "./resource-kind.js";

/**
 * Every input that names a model, per resource type, checked against the installed SDK types by
 * test/catalog/model-fields.test.ts. Fields that only reference other resources (an agent alias's
 * provisioned throughput, an endpoint configuration's model name) are left out: the referenced
 * resource is checked where it is declared.
 */
export const modelFieldsByType: Readonly<Record<string, readonly ModelField[]>> = {
  "aws:bedrock/customModel:CustomModel": [{ kind: "bedrock", path: "baseModelIdentifier" }],
  "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput": [
    { kind: "bedrock", path: "modelArn" },
  ],
  "aws:bedrock/inferenceProfile:InferenceProfile": [
    { kind: "bedrock", path: "modelSource.copyFrom" },
  ],
  "aws:bedrock/agentAgent:AgentAgent": [{ kind: "bedrock", path: "foundationModel" }],
  "aws:bedrock/agentDataSource:AgentDataSource": [
    {
      kind: "bedrock",
      path: "vectorIngestionConfiguration.parsingConfiguration.bedrockFoundationModelConfiguration.modelArn",
    },
  ],
  "aws:bedrock/agentFlow:AgentFlow": [
    {
      kind: "bedrock",
      path: "definition.nodes[].configuration.prompt.sourceConfiguration.inline.modelId",
    },
    { kind: "bedrock", path: "definition.nodes[].configuration.knowledgeBase.modelId" },
  ],
  "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase": [
    {
      kind: "bedrock",
      path: "knowledgeBaseConfiguration.vectorKnowledgeBaseConfiguration.embeddingModelArn",
    },
    {
      kind: "bedrock",
      path: "knowledgeBaseConfiguration.managedKnowledgeBaseConfiguration.embeddingModelArn",
    },
  ],
  "aws:bedrock/agentPrompt:AgentPrompt": [{ kind: "bedrock", path: "variants[].modelId" }],
  "aws:bedrock/agentcoreEvaluator:AgentcoreEvaluator": [
    {
      kind: "bedrock",
      path: "evaluatorConfig.llmAsAJudge.modelConfig.bedrockEvaluatorModelConfig.modelId",
    },
  ],
  "aws:bedrock/agentcoreHarness:AgentcoreHarness": [
    { kind: "bedrock", path: "model.bedrockModelConfig.modelId" },
    { kind: "external", path: "model.geminiModelConfig.modelId", vendor: "Gemini" },
    { kind: "external", path: "model.litellmModelConfig.modelId", vendor: "LiteLLM" },
    { kind: "external", path: "model.openaiModelConfig.modelId", vendor: "OpenAI" },
  ],
  "aws:bedrock/agentcoreMemoryStrategy:AgentcoreMemoryStrategy": [
    { kind: "bedrock", path: "configuration.consolidation.modelId" },
    { kind: "bedrock", path: "configuration.extraction.modelId" },
    { kind: "bedrock", path: "configuration.reflection.modelId" },
  ],
  "aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget": [
    {
      kind: "external",
      path: "targetConfiguration.inference.provider.operations[].models[].model",
      vendor: "an external inference provider",
    },
  ],
  "aws:bedrock/evaluationJob:EvaluationJob": [
    { kind: "bedrock", path: "inferenceConfig.models[].bedrockModel.modelIdentifier" },
    {
      kind: "bedrock",
      path: "evaluationConfig.automated.evaluatorModelConfig.bedrockEvaluatorModel.modelIdentifier",
    },
    {
      kind: "bedrock",
      path: "evaluationConfig.automated.customMetricConfig.evaluatorModelConfig.bedrockEvaluatorModel.modelIdentifier",
    },
    {
      kind: "bedrock",
      path: "inferenceConfig.ragConfig.knowledgeBaseConfig.retrieveAndGenerateConfig.modelArn",
    },
  ],
  "aws:bedrockfoundation/modelAgreement:ModelAgreement": [{ kind: "bedrock", path: "modelId" }],
  "aws:bedrockmodel/invocationJob:InvocationJob": [{ kind: "bedrock", path: "modelId" }],

  "aws:sagemaker/model:Model": [
    { kind: "sagemaker-container", path: "primaryContainer" },
    { kind: "sagemaker-container", path: "containers[]" },
  ],
  "aws:sagemaker/hubContentReference:HubContentReference": [
    { kind: "sagemaker-hub-content", path: "sagemakerPublicHubContentArn" },
  ],
  "aws:sagemaker/trainingJob:TrainingJob": [
    { kind: "sagemaker-hub-content", path: "serverlessJobConfig.baseModelArn" },
  ],
  "aws:sagemaker/algorithm:Algorithm": [
    {
      kind: "sagemaker-hub-content",
      path: "inferenceSpecification.containers[].baseModel.hubContentName",
    },
  ],

  "azure-native:cognitiveservices:Deployment": [{ kind: "azure-openai", path: "properties.model" }],
  "azure-native:machinelearningservices:EndpointDeployment": [
    { kind: "azure-openai", path: "properties.model" },
  ],
  "azure-native:machinelearningservices:ConnectionDeployment": [
    { kind: "azure-openai", path: "properties.model" },
  ],
  "azure:cognitive/deployment:Deployment": [{ kind: "azure-openai", path: "model" }],
};
