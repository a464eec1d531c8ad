import {
  checkApproval,
  findReplacement,
  matchesModelPattern,
  type ApprovalResult,
  type ApprovedModel,
  type Replacement,
} from "../../src/models/approved-models";
import type { ObservedModel } from "../../src/models/observed-model";
import type { ModelProvider } from "../../src/catalog/index";

function observed(provider: ModelProvider, model: string, version?: string): ObservedModel {
  return version === undefined
    ? { provider, model, field: "model", prefix: "" }
    : { provider, model, version, field: "model", prefix: "" };
}

const approvedModels: readonly ApprovedModel[] = [
  { provider: "aws-bedrock", model: "anthropic.claude-3-5-*" },
  { provider: "aws-bedrock", model: "amazon.nova-lite-v1:0" },
  { provider: "aws-sagemaker", model: "meta-llama/Llama-3.1-8B-Instruct" },
  { provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" },
  { provider: "azure-openai", model: "gpt-4o", version: "2024-08-06" },
  { provider: "azure-openai", model: "gpt-4o-mini" },
  { provider: "azure-openai", model: "o3*", version: "2025-04-16" },
];

const approved: ApprovalResult = { approved: true };
const notListed: ApprovalResult = { approved: false, reason: "not-listed" };

const approvals: readonly [string, ObservedModel, ApprovalResult][] = [
  [
    "a model under a wildcard",
    observed("aws-bedrock", "anthropic.claude-3-5-haiku-v1:0"),
    approved,
  ],
  ["the wildcard's bare prefix", observed("aws-bedrock", "anthropic.claude-3-5-"), approved],
  ["an exact entry", observed("aws-bedrock", "amazon.nova-lite-v1:0"), approved],
  ["a near miss of an exact entry", observed("aws-bedrock", "amazon.nova-lite-v1:1"), notListed],
  ["a model outside the wildcard", observed("aws-bedrock", "anthropic.claude-3-haiku"), notListed],
  ["a case variant", observed("aws-bedrock", "Amazon.Nova-Lite-v1:0"), notListed],
  [
    "another provider's model",
    observed("aws-sagemaker", "anthropic.claude-3-5-haiku-v1:0"),
    notListed,
  ],
  // Approved because of the version it pins: the pack then checks Azure cannot upgrade it.
  [
    "a pinned approved version",
    observed("azure-openai", "gpt-4o", "2024-08-06"),
    { approved: true, pinned: "2024-08-06" },
  ],
  [
    "an unpinned model whose entries pin versions",
    observed("azure-openai", "gpt-4o"),
    { approved: false, reason: "version-unpinned", version: "2024-11-20" },
  ],
  [
    "a version no entry pins",
    observed("azure-openai", "gpt-4o", "2024-05-13"),
    { approved: false, reason: "version-not-approved", version: "2024-11-20" },
  ],
  [
    "any version of an entry without one",
    observed("azure-openai", "gpt-4o-mini", "2024-07-18"),
    approved,
  ],
  ["no version of an entry without one", observed("azure-openai", "gpt-4o-mini"), approved],
  [
    "a wildcard entry's pinned version",
    observed("azure-openai", "o3-mini", "2025-04-16"),
    { approved: true, pinned: "2025-04-16" },
  ],
  [
    "a wildcard entry's other version",
    observed("azure-openai", "o3-mini", "2025-01-31"),
    { approved: false, reason: "version-not-approved", version: "2025-04-16" },
  ],
  ["an unlisted Azure model", observed("azure-openai", "gpt-35-turbo", "0125"), notListed],
];

it.each(approvals)("decides %s", (_name, model, expected) => {
  expect(checkApproval(model, approvedModels)).toEqual(expected);
});

it("approves nothing when the list is empty", () => {
  expect(checkApproval(observed("aws-bedrock", "amazon.nova-lite-v1:0"), [])).toEqual(notListed);
});

const replacements: Readonly<Record<string, string>> = {
  "anthropic.claude-v2": "anthropic.claude-3-5-sonnet-20240620-v1:0",
  "gpt-35-turbo": "gpt-4o",
  "gpt-4": "gpt-4o-mini",
  "gpt-4o": "gpt-4o",
  "meta-llama/Llama-2-7b-hf": "amazon.nova-lite-v1:0",
};

const replacementCases: readonly [string, ObservedModel, Replacement | undefined][] = [
  [
    "a Bedrock model, to a wildcard entry",
    observed("aws-bedrock", "anthropic.claude-v2"),
    { model: "anthropic.claude-3-5-sonnet-20240620-v1:0", version: undefined },
  ],
  [
    "an Azure model, with the version its entry pins",
    observed("azure-openai", "gpt-35-turbo", "0613"),
    { model: "gpt-4o", version: "2024-11-20" },
  ],
  [
    "an Azure model, to an entry with any version",
    observed("azure-openai", "gpt-4", "0613"),
    { model: "gpt-4o-mini", version: undefined },
  ],
  ["a model replaced by itself", observed("azure-openai", "gpt-4o"), undefined],
  ["a model with no replacement", observed("aws-bedrock", "cohere.command-r-v1:0"), undefined],
  [
    "a model whose replacement is approved only for another provider",
    observed("aws-sagemaker", "meta-llama/Llama-2-7b-hf"),
    undefined,
  ],
  ["a model named like an object method", observed("aws-bedrock", "toString"), undefined],
  ["a model named constructor", observed("azure-openai", "constructor", "1"), undefined],
];

it.each(replacementCases)("finds the replacement for %s", (_name, model, expected) => {
  expect(findReplacement(model, replacements, approvedModels)).toEqual(expected);
});

const patterns: readonly [string, string, boolean][] = [
  ["gpt-4o", "gpt-4o", true],
  ["gpt-4o", "gpt-4o-mini", false],
  ["gpt-4o*", "gpt-4o-mini", true],
  ["gpt-4o*", "gpt-4o", true],
  ["gpt-4o*", "gpt-4", false],
  ["*", "anything", true],
  ["a*b", "a*b", true],
  ["a*b", "axb", false],
];

it.each(patterns)("matchesModelPattern(%j, %j) is %j", (pattern, model, expected) => {
  expect(matchesModelPattern(pattern, model)).toBe(expected);
});
