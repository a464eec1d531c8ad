import type { Attribution } from "./resource-kind.js";

const azureNativeAccounts = ["azure-native:cognitiveservices:Account"];
const azureClassicAccounts = [
  "azure:cognitive/account:Account",
  "azure:cognitive/aIServices:AIServices",
];

/**
 * Types whose spend Azure bills to a parent account. An Azure OpenAI deployment shows up in cost
 * data under its Cognitive Services account, so the account's tags are what attribute it; the
 * classic provider's deployment cannot be tagged at all.
 */
export const parentAttributionByType: Readonly<Record<string, Attribution>> = {
  "azure-native:cognitiveservices:Deployment": {
    kind: "parent",
    parentTypes: azureNativeAccounts,
    linkProperty: "accountName",
  },
  "azure:cognitive/deployment:Deployment": {
    kind: "parent",
    parentTypes: azureClassicAccounts,
    linkProperty: "cognitiveAccountId",
  },
};
