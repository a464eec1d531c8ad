import { attributableUsageProperties } from "../config/companion-properties.js";
import { policyNames } from "../config/policy-names.js";
import { readProperty } from "../facts/unknown.js";
import type { ObservedModel } from "../models/observed-model.js";
import { writtenValue } from "../models/observed-model.js";
import { emptyEvaluation, type Evaluation } from "./evaluation.js";
import { observeModels } from "./observe-models.js";
import { defineResourceRule } from "./resource-rule.js";
import type { ResourceView } from "./resource-view.js";

/** The resources that call a model on demand, and whose spend that model's invoices carry. */
const invokingTypes = new Set([
  "aws:bedrock/agentAgent:AgentAgent",
  "aws:bedrock/agentFlow:AgentFlow",
  "aws:bedrock/agentPrompt:AgentPrompt",
  "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
]);

/**
 * The ARN an application inference profile copies from to meter a model: the foundation model's,
 * or the system-defined cross-region profile's when that is what the resource calls.
 */
function copyFromArn(model: ObservedModel, region: string): string {
  const written = writtenValue(model);
  if (written.startsWith("arn:")) return written;
  return model.prefix === ""
    ? `arn:aws:bedrock:${region}::foundation-model/${model.model}`
    : `arn:aws:bedrock:${region}:<account-id>:inference-profile/${written}`;
}

function evaluate(resource: ResourceView, models: readonly ObservedModel[]): Evaluation {
  const region = readProperty(resource.providerProps, "region");
  const regionText = typeof region === "string" && region !== "" ? region : "<region>";
  const evaluation = emptyEvaluation();
  for (const model of models) {
    if (model.provider !== "aws-bedrock") continue;
    evaluation.violations.push({
      code: "raw-model-invocation",
      field: model.field,
      model: writtenValue(model),
      profileName: `${resource.name}-profile`,
      copyFrom: copyFromArn(model, regionText),
    });
  }
  return evaluation;
}

/**
 * Bedrock agents, flows, prompts and knowledge bases that call a foundation model directly cannot
 * be attributed: AWS assigns on-demand model spend to cost-allocation tags only through tagged
 * application inference profiles. Off unless enabled, since it asks for new resources.
 */
export const attributableUsageRule = defineResourceRule({
  name: policyNames.attributableUsage,
  description:
    "Bedrock model calls go through a tagged application inference profile, so their spend is attributed.",
  enforcementLevel: "disabled",
  severity: "medium",
  properties: attributableUsageProperties,
  prepare: () => ({}),
  evaluate: (resource, kind) => {
    if (!invokingTypes.has(kind.token)) return emptyEvaluation();
    const { models, notCheckable } = observeModels(kind, resource.props);
    const evaluation = evaluate(resource, models);
    // An ARN of the account's own resource (an application inference profile above all) is
    // what this policy asks for; only a computed model leaves it undecided.
    const unknownModels = notCheckable.filter((finding) => finding.code === "model-unknown");
    return { violations: evaluation.violations, notCheckable: unknownModels };
  },
});
