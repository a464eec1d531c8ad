// The help-center assistant: a Bedrock agent that answers from the help-center articles, and a
// Mistral endpoint on SageMaker that summarises long tickets for it. Every AI resource is
// attributed and uses an approved model, so the ai-governance pack has nothing to report.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { HuggingFaceEndpoint } from "./hugging-face-endpoint";
import { commonTags } from "./tags";

const config = new pulumi.Config();
const region = aws.config.region ?? "us-east-1";
const embeddingModel = "amazon.titan-embed-text-v2:0";
const embeddingModelArn = `arn:aws:bedrock:${region}::foundation-model/${embeddingModel}`;

function serviceRole(name: string, service: string): aws.iam.Role {
  return new aws.iam.Role(name, {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: service }),
    tags: commonTags,
  });
}

const articles = new aws.s3.Bucket("help-center-articles", { tags: commonTags });

const collectionName = `help-center-${pulumi.getStack()}`;
const encryption = new aws.opensearch.ServerlessSecurityPolicy("help-center-encryption", {
  name: collectionName,
  type: "encryption",
  policy: JSON.stringify({
    Rules: [{ ResourceType: "collection", Resource: [`collection/${collectionName}`] }],
    AWSOwnedKey: true,
  }),
});
const vectors = new aws.opensearch.ServerlessCollection(
  "help-center-vectors",
  { name: collectionName, type: "VECTORSEARCH", tags: commonTags },
  { dependsOn: [encryption] },
);

const knowledgeBaseRole = serviceRole("help-center-kb", "bedrock.amazonaws.com");
new aws.iam.RolePolicy("help-center-kb", {
  role: knowledgeBaseRole.id,
  policy: {
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Action: ["bedrock:InvokeModel"], Resource: [embeddingModelArn] },
      {
        Effect: "Allow",
        Action: ["s3:GetObject", "s3:ListBucket"],
        Resource: [articles.arn, pulumi.interpolate`${articles.arn}/*`],
      },
      { Effect: "Allow", Action: ["aoss:APIAccessAll"], Resource: [vectors.arn] },
    ],
  },
});

const knowledgeBase = new aws.bedrock.AgentKnowledgeBase("help-center", {
  roleArn: knowledgeBaseRole.arn,
  knowledgeBaseConfiguration: {
    type: "VECTOR",
    vectorKnowledgeBaseConfiguration: { embeddingModelArn },
  },
  storageConfiguration: {
    type: "OPENSEARCH_SERVERLESS",
    opensearchServerlessConfiguration: {
      collectionArn: vectors.arn,
      vectorIndexName: "articles",
      fieldMapping: { vectorField: "embedding", textField: "text", metadataField: "metadata" },
    },
  },
  tags: commonTags,
});

const agent = new aws.bedrock.AgentAgent("help-center-assistant", {
  agentName: `help-center-assistant-${pulumi.getStack()}`,
  agentResourceRoleArn: serviceRole("help-center-agent", "bedrock.amazonaws.com").arn,
  // A cross-region inference profile, so traffic spills over to other US regions at peak.
  foundationModel: config.require("agentModel"),
  instruction:
    "You answer questions about the product from the help-center articles, citing the article " +
    "you used. If the articles do not cover a question, say so and offer to open a ticket.",
  tags: { ...commonTags, tier: "customer-facing" },
});

const articlesAssociation = new aws.bedrock.AgentAgentKnowledgeBaseAssociation(
  "help-center-articles",
  {
    agentId: agent.agentId,
    knowledgeBaseId: knowledgeBase.id,
    description: "Published help-center articles.",
    knowledgeBaseState: "ENABLED",
  },
);

const live = new aws.bedrock.AgentAgentAlias(
  "help-center-live",
  { agentId: agent.agentId, agentAliasName: "live", tags: commonTags },
  { dependsOn: [articlesAssociation] },
);

const summariser = new HuggingFaceEndpoint("ticket-summariser", {
  modelId: config.require("summaryModel"),
  instanceType: config.require("summaryInstanceType"),
  executionRoleArn: serviceRole("ticket-summariser", "sagemaker.amazonaws.com").arn,
  tags: commonTags,
});

export const agentAliasId = live.agentAliasId;
export const summaryEndpoint = summariser.endpointName;
