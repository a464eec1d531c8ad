import type { ResourceValidationPolicy } from "@pulumi/policy";
import { lookupAiResourceKind } from "../catalog/index.js";
import { policyNames } from "../config/policy-names.js";
import { approvedModelProperties } from "../config/properties.js";
import { formatFinding } from "../violations/format-message.js";
import { evaluateApprovedModel } from "./evaluate-approved-model.js";
import { configSchemaOf, makeConfigReader } from "./policy-config.js";

export const approvedModelConfig = makeConfigReader(
  policyNames.approvedModel,
  approvedModelProperties,
  (config) => config,
);

/**
 * Every AI resource that names a model uses one on the approved list. With no approved models
 * configured the policy has nothing to enforce and passes every resource.
 */
export const aiApprovedModel: ResourceValidationPolicy = {
  name: policyNames.approvedModel,
  description: "AI resources use a model the platform team approved for the job.",
  enforcementLevel: "mandatory",
  severity: "high",
  configSchema: configSchemaOf(approvedModelProperties),
  validateResource: (args, reportViolation) => {
    const config = approvedModelConfig.read(args.getConfig());
    const kind = lookupAiResourceKind(args.type);
    if (!kind || kind.modelFields.length === 0 || config.approvedModels.length === 0) return;

    const { violations } = evaluateApprovedModel(kind, args.props, config);
    for (const violation of violations) reportViolation(formatFinding(violation));
  },
};
