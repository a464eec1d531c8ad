// The Azure OpenAI account behind the internal support copilot, and its model deployments.
// `npm run demo` shows what the ai-governance pack makes of it: the owner tag sits on the resource
// group, which Azure does not copy to the account that bills the deployments; the chat
// deployment takes whatever gpt-4o version Azure defaults to; and the legacy deployment still
// serves gpt-35-turbo.
import * as pulumi from "@pulumi/pulumi";
import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import * as resources from "@pulumi/azure-native/resources";

const config = new pulumi.Config();
const stack = pulumi.getStack();

const commonTags = {
  "cost-center": config.require("costCenter"),
  environment: stack,
};

const resourceGroup = new resources.ResourceGroup("copilot", {
  tags: { ...commonTags, owner: config.require("owner") },
});

const account = new cognitiveservices.Account("copilot-openai", {
  resourceGroupName: resourceGroup.name,
  kind: "OpenAI",
  sku: { name: "S0" },
  properties: {
    customSubDomainName: `copilot-openai-${stack}`,
    publicNetworkAccess: "Enabled",
    disableLocalAuth: true,
  },
  tags: commonTags,
});

const chat = new cognitiveservices.Deployment("chat", {
  accountName: account.name,
  resourceGroupName: resourceGroup.name,
  deploymentName: "chat",
  sku: { name: "GlobalStandard", capacity: config.requireNumber("chatCapacity") },
  properties: {
    model: { format: "OpenAI", name: "gpt-4o" },
    versionUpgradeOption: "OnceNewDefaultVersionAvailable",
  },
});

// Kept for the ticket classifier until it is re-evaluated on gpt-4o. Azure rejects concurrent
// deployment changes on one account, hence the ordering.
const legacy = new cognitiveservices.Deployment(
  "chat-legacy",
  {
    accountName: account.name,
    resourceGroupName: resourceGroup.name,
    deploymentName: "chat-legacy",
    sku: { name: "Standard", capacity: 20 },
    properties: { model: { format: "OpenAI", name: "gpt-35-turbo", version: "0125" } },
  },
  { dependsOn: [chat] },
);

export const accountName = account.name;
export const deployments = [chat.name, legacy.name];
