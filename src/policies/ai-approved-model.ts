import { policyNames } from "../config/policy-names.js";
import { approvedModelProperties } from "../config/approved-model-properties.js";
import { emptyEvaluation } from "./evaluation.js";
import { evaluateApprovedModel } from "./evaluate-approved-model.js";
import { defineResourceRule } from "./resource-rule.js";

/**
 * Every AI resource that names a model uses one on the approved list, for its environment and
 * workload, and none that has retired. A deprecated model is approved until its retirement date.
 * With no approved or deprecated models configured the policy has nothing to enforce.
 */
export const approvedModelRule = defineResourceRule({
  name: policyNames.approvedModel,
  description: "AI resources use a model the platform team approved for the job.",
  enforcementLevel: "mandatory",
  severity: "high",
  properties: approvedModelProperties,
  prepare: (config) => config,
  evaluate: (resource, kind, config, context) =>
    kind.modelFields.length === 0 ||
    (config.approvedModels.length === 0 && config.deprecated.length === 0)
      ? emptyEvaluation()
      : evaluateApprovedModel(resource, kind, config, context),
});
