// A customer-support agent answering from a documentation knowledge base. `npm run demo` shows
// what the ai-governance pack makes of it: the agent still runs Claude v2 and spells CostCenter the
// old way, the guardrail says "production", and the knowledge base's owner is only known after
// its ingestion role exists.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { bedrockServiceRole } from "./iam";
import { commonTags } from "./tags";

const config = new pulumi.Config();
const region = aws.config.region ?? "us-east-1";
const embeddingModel = "amazon.titan-embed-text-v2:0";
const embeddingModelArn = `arn:aws:bedrock:${region}::foundation-model/${embeddingModel}`;

// Manuals and return policies, synced nightly by the docs team.
const docs = new aws.s3.Bucket("support-docs", { tags: commonTags });

const vectorStoreName = `support-kb-${pulumi.getStack()}`;
const encryption = new aws.opensearch.ServerlessSecurityPolicy("support-kb-encryption", {
  name: vectorStoreName,
  type: "encryption",
  policy: JSON.stringify({
    Rules: [{ ResourceType: "collection", Resource: [`collection/${vectorStoreName}`] }],
    AWSOwnedKey: true,
  }),
});
const vectorStore = new aws.opensearch.ServerlessCollection(
  "support-kb-vectors",
  { name: vectorStoreName, type: "VECTORSEARCH", tags: commonTags },
  { dependsOn: [encryption] },
);

const ingestRole = bedrockServiceRole(
  "support-kb-ingest",
  [
    { Effect: "Allow", Action: ["bedrock:InvokeModel"], Resource: [embeddingModelArn] },
    {
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:ListBucket"],
      Resource: [docs.arn, pulumi.interpolate`${docs.arn}/*`],
    },
    { Effect: "Allow", Action: ["aoss:APIAccessAll"], Resource: [vectorStore.arn] },
  ],
  commonTags,
);
const agentRole = bedrockServiceRole(
  "support-agent",
  [{ Effect: "Allow", Action: ["bedrock:InvokeModel", "bedrock:Retrieve"], Resource: ["*"] }],
  commonTags,
);

const knowledgeBase = new aws.bedrock.AgentKnowledgeBase("support-kb", {
  roleArn: ingestRole.arn,
  knowledgeBaseConfiguration: {
    type: "VECTOR",
    vectorKnowledgeBaseConfiguration: { embeddingModelArn },
  },
  storageConfiguration: {
    type: "OPENSEARCH_SERVERLESS",
    opensearchServerlessConfiguration: {
      collectionArn: vectorStore.arn,
      vectorIndexName: "support-docs",
      fieldMapping: { vectorField: "embedding", textField: "text", metadataField: "metadata" },
    },
  },
  // Whoever runs ingestion gets the alerts when a sync fails.
  tags: { ...commonTags, owner: ingestRole.name },
});

const guardrail = new aws.bedrock.Guardrail("support-guardrail", {
  name: `support-guardrail-${pulumi.getStack()}`,
  blockedInputMessaging: "Sorry, I can't help with that request.",
  blockedOutputsMessaging: "Sorry, I can't share that answer.",
  contentPolicyConfig: {
    filtersConfigs: [
      { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },
      { type: "INSULTS", inputStrength: "MEDIUM", outputStrength: "MEDIUM" },
      { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },
    ],
  },
  sensitiveInformationPolicyConfig: {
    piiEntitiesConfigs: [
      { type: "CREDIT_DEBIT_CARD_NUMBER", action: "BLOCK" },
      { type: "EMAIL", action: "ANONYMIZE" },
    ],
  },
  // The production agent shares this guardrail.
  tags: { ...commonTags, environment: "production" },
});

const agent = new aws.bedrock.AgentAgent("support-agent", {
  agentName: `support-agent-${pulumi.getStack()}`,
  agentResourceRoleArn: agentRole.arn,
  foundationModel: "anthropic.claude-v2",
  instruction:
    "You answer customer questions about orders, shipping and returns from the support " +
    "documentation. Hand billing disputes to a human agent.",
  idleSessionTtlInSeconds: 600,
  guardrailConfigurations: [
    { guardrailIdentifier: guardrail.guardrailId, guardrailVersion: "DRAFT" },
  ],
  tags: {
    CostCenter: config.require("costCenter"),
    owner: config.require("owner"),
    environment: pulumi.getStack(),
  },
});

const docsAssociation = new aws.bedrock.AgentAgentKnowledgeBaseAssociation("support-agent-docs", {
  agentId: agent.agentId,
  knowledgeBaseId: knowledgeBase.id,
  description: "Product manuals, shipping and return policies.",
  knowledgeBaseState: "ENABLED",
});

const live = new aws.bedrock.AgentAgentAlias(
  "support-agent-live",
  { agentId: agent.agentId, agentAliasName: "live", tags: commonTags },
  { dependsOn: [docsAssociation] },
);

export const agentId = agent.agentId;
export const agentAliasId = live.agentAliasId;
export const knowledgeBaseId = knowledgeBase.id;
export const docsBucket = docs.bucket;
