import type { Prng } from "../prng.js";
import { compliantTagSet } from "./ai-inputs.js";
import {
  approvedAzureModel,
  approvedBedrockModels,
  approvedSageMakerModels,
  replacedBedrockModel,
} from "./vocabulary.js";

/** What a generated constructor call gets wrong; each has an edit `aigov fix --from` can make. */
export type ProgramFlaw = "none" | "missing-tag" | "misspelt-key" | "unapproved-model";

/** One constructor call the generator can write, and what it can get wrong. */
export interface ProgramTemplate {
  /** The SDK class, as the program writes it, and the type token it registers. */
  readonly callee: string;
  readonly token: string;
  readonly ai: boolean;
  readonly flaws: readonly ProgramFlaw[];
  /** The call's lines, the `new` on the first one at `newColumn`. */
  readonly render: (name: string, flaw: ProgramFlaw, prng: Prng) => Rendered;
}

/** A constructor call as written, and the tag keys its `tags` literal holds (if it has one). */
export interface Rendered {
  readonly lines: string[];
  readonly tagKeys?: string[] | undefined;
}

/** The column (1-based) of `new` in `const <variable> = new ...`, where V8 reports the call. */
export function newColumn(variable: string): number {
  return `const ${variable} = `.length + 1;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/** A tags object literal, one entry a line, with the flaw written into it; records its keys. */
function tagLines(prng: Prng, flaw: ProgramFlaw, indent: string, keys: string[]): string[] {
  const tags = compliantTagSet(prng);
  if (flaw === "missing-tag") delete tags.owner;
  const entries = Object.entries(tags).map(([key, value]) => {
    const written = flaw === "misspelt-key" && key === "cost-center" ? "CostCenter" : key;
    keys.push(written);
    const keyText = /^[a-z]+$/i.test(written) ? written : quote(written);
    return `${indent}  ${keyText}: ${quote(value)},`;
  });
  return [`${indent}tags: {`, ...entries, `${indent}},`];
}

/** `const <variable> = new <callee>("<name>", { ...body });`, with the tag keys the body wrote. */
function call(
  variable: string,
  callee: string,
  name: string,
  body: (tagKeys: string[]) => string[],
): Rendered {
  const tagKeys: string[] = [];
  const lines = [`const ${variable} = new ${callee}(${quote(name)}, {`, ...body(tagKeys), `});`];
  return { lines, tagKeys: tagKeys.length > 0 ? tagKeys : undefined };
}

const tagFlaws: readonly ProgramFlaw[] = ["missing-tag", "misspelt-key"];

/** The approved models an agent chats with (the embedding model is for knowledge bases). */
const chatModels = approvedBedrockModels.filter((model) => !model.includes("embed"));

/** The variable a call assigns, from its resource name. */
export function variableOf(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export const aiTemplates: readonly ProgramTemplate[] = [
  {
    callee: "aws.bedrock.AgentAgent",
    token: "aws:bedrock/agentAgent:AgentAgent",
    ai: true,
    flaws: [...tagFlaws, "unapproved-model"],
    render: (name, flaw, prng) =>
      call(variableOf(name), "aws.bedrock.AgentAgent", name, (keys) => [
        `  agentName: ${quote(name)},`,
        `  agentResourceRoleArn: "arn:aws:iam::123456789012:role/${name}",`,
        `  foundationModel: ${quote(
          flaw === "unapproved-model" ? replacedBedrockModel : prng.pick(chatModels),
        )},`,
        `  instruction: "Answer questions about orders, shipping and returns ` +
          `from the documentation.",`,
        `  idleSessionTtlInSeconds: ${String(prng.pick([300, 600, 900]))},`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
  {
    callee: "aws.bedrock.AgentKnowledgeBase",
    token: "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
    ai: true,
    flaws: tagFlaws,
    render: (name, flaw, prng) =>
      call(variableOf(name), "aws.bedrock.AgentKnowledgeBase", name, (keys) => [
        `  roleArn: "arn:aws:iam::123456789012:role/${name}",`,
        `  knowledgeBaseConfiguration: {`,
        `    type: "VECTOR",`,
        `    vectorKnowledgeBaseConfiguration: {`,
        `      embeddingModelArn: ` +
          `"arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",`,
        `    },`,
        `  },`,
        `  storageConfiguration: {`,
        `    type: "OPENSEARCH_SERVERLESS",`,
        `    opensearchServerlessConfiguration: {`,
        `      collectionArn: "arn:aws:aoss:us-east-1:123456789012:collection/${name}",`,
        `      vectorIndexName: "docs",`,
        `      fieldMapping: ` +
          `{ vectorField: "embedding", textField: "text", metadataField: "metadata" },`,
        `    },`,
        `  },`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
  {
    callee: "aws.bedrock.Guardrail",
    token: "aws:bedrock/guardrail:Guardrail",
    ai: true,
    flaws: tagFlaws,
    render: (name, flaw, prng) =>
      call(variableOf(name), "aws.bedrock.Guardrail", name, (keys) => [
        `  name: ${quote(name)},`,
        `  blockedInputMessaging: "Sorry, I can't help with that request.",`,
        `  blockedOutputsMessaging: "Sorry, I can't share that answer.",`,
        `  contentPolicyConfig: {`,
        `    filtersConfigs: [`,
        `      { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },`,
        `      { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },`,
        `    ],`,
        `  },`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
  {
    callee: "aws.sagemaker.Model",
    token: "aws:sagemaker/model:Model",
    ai: true,
    flaws: tagFlaws,
    render: (name, flaw, prng) =>
      call(variableOf(name), "aws.sagemaker.Model", name, (keys) => [
        `  executionRoleArn: "arn:aws:iam::123456789012:role/${name}",`,
        `  primaryContainer: {`,
        `    image: ` +
          `"763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4",`,
        `    environment: {`,
        `      HF_MODEL_ID: ${quote(prng.pick(approvedSageMakerModels))},`,
        `      SM_NUM_GPUS: "1",`,
        `    },`,
        `  },`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
  {
    callee: "aws.sagemaker.EndpointConfiguration",
    token: "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
    ai: true,
    flaws: tagFlaws,
    render: (name, flaw, prng) =>
      call(variableOf(name), "aws.sagemaker.EndpointConfiguration", name, (keys) => [
        `  productionVariants: [`,
        `    {`,
        `      variantName: "primary",`,
        `      modelName: ${quote(`${name}-model`)},`,
        `      instanceType: ${quote(prng.pick(["ml.g5.xlarge", "ml.g5.2xlarge"]))},`,
        `      initialInstanceCount: 1,`,
        `    },`,
        `  ],`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
  {
    callee: "cognitiveservices.Account",
    token: "azure-native:cognitiveservices:Account",
    ai: true,
    flaws: tagFlaws,
    render: (name, flaw, prng) =>
      call(variableOf(name), "cognitiveservices.Account", name, (keys) => [
        `  resourceGroupName: "ai-platform",`,
        `  kind: "OpenAI",`,
        `  sku: { name: "S0" },`,
        `  properties: {`,
        `    customSubDomainName: ${quote(name)},`,
        `    publicNetworkAccess: "Enabled",`,
        `    disableLocalAuth: true,`,
        `  },`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
  {
    callee: "cognitiveservices.Deployment",
    token: "azure-native:cognitiveservices:Deployment",
    ai: true,
    flaws: [],
    render: (name, _flaw, prng) =>
      call(variableOf(name), "cognitiveservices.Deployment", name, () => [
        `  accountName: "ai-platform-openai",`,
        `  resourceGroupName: "ai-platform",`,
        `  deploymentName: ${quote(name)},`,
        `  sku: { name: "GlobalStandard", capacity: ${String(prng.int(1, 50))} },`,
        `  properties: {`,
        `    model: { format: "OpenAI", name: ${quote(approvedAzureModel.name)}, ` +
          `version: ${quote(approvedAzureModel.version)} },`,
        `    versionUpgradeOption: "NoAutoUpgrade",`,
        `  },`,
      ]),
  },
  {
    callee: "cognitive.Account",
    token: "azure:cognitive/account:Account",
    ai: true,
    flaws: tagFlaws,
    render: (name, flaw, prng) =>
      call(variableOf(name), "cognitive.Account", name, (keys) => [
        `  resourceGroupName: "ai-platform",`,
        `  location: "westeurope",`,
        `  kind: "OpenAI",`,
        `  skuName: "S0",`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
  {
    callee: "machinelearningservices.Workspace",
    token: "azure-native:machinelearningservices:Workspace",
    ai: true,
    flaws: tagFlaws,
    render: (name, flaw, prng) =>
      call(variableOf(name), "machinelearningservices.Workspace", name, (keys) => [
        `  resourceGroupName: "ai-platform",`,
        `  workspaceName: ${quote(name)},`,
        `  identity: { type: "SystemAssigned" },`,
        ...tagLines(prng, flaw, "  ", keys),
      ]),
  },
];

export const otherTemplates: readonly ProgramTemplate[] = [
  {
    callee: "aws.s3.Bucket",
    token: "aws:s3/bucket:Bucket",
    ai: false,
    flaws: [],
    render: (name, _flaw, prng) =>
      call(variableOf(name), "aws.s3.Bucket", name, (keys) => [
        `  versioning: { enabled: ${String(prng.chance(0.5))} },`,
        ...tagLines(prng, "none", "  ", keys),
      ]),
  },
  {
    callee: "aws.iam.Role",
    token: "aws:iam/role:Role",
    ai: false,
    flaws: [],
    render: (name) =>
      call(variableOf(name), "aws.iam.Role", name, () => [
        `  assumeRolePolicy: JSON.stringify({`,
        `    Version: "2012-10-17",`,
        `    Statement: [`,
        `      { Effect: "Allow", Action: "sts:AssumeRole", ` +
          `Principal: { Service: "bedrock.amazonaws.com" } },`,
        `    ],`,
        `  }),`,
      ]),
  },
  {
    callee: "aws.cloudwatch.LogGroup",
    token: "aws:cloudwatch/logGroup:LogGroup",
    ai: false,
    flaws: [],
    render: (name, _flaw, prng) =>
      call(variableOf(name), "aws.cloudwatch.LogGroup", name, () => [
        `  retentionInDays: ${String(prng.pick([7, 30, 90]))},`,
      ]),
  },
  {
    callee: "resources.ResourceGroup",
    token: "azure-native:resources:ResourceGroup",
    ai: false,
    flaws: [],
    render: (name, _flaw, prng) =>
      call(variableOf(name), "resources.ResourceGroup", name, (keys) => [
        `  location: "westeurope",`,
        ...tagLines(prng, "none", "  ", keys),
      ]),
  },
  {
    callee: "storage.StorageAccount",
    token: "azure-native:storage:StorageAccount",
    ai: false,
    flaws: [],
    render: (name, _flaw, prng) =>
      call(variableOf(name), "storage.StorageAccount", name, (keys) => [
        `  resourceGroupName: "ai-platform",`,
        `  kind: "StorageV2",`,
        `  sku: { name: ${quote(prng.pick(["Standard_LRS", "Standard_GRS"]))} },`,
        ...tagLines(prng, "none", "  ", keys),
      ]),
  },
];
