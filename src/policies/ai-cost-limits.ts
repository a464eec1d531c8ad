import { costLimitsProperties } from "../config/cost-limits-properties.js";
import { policyNames } from "../config/policy-names.js";
import { evaluateCostLimits } from "./evaluate-cost-limits.js";
import { defineResourceRule } from "./resource-rule.js";

/**
 * The AI resources that cost most stay within the limits the platform team sets per environment:
 * instance types and counts, provisioned throughput, deployment SKUs and capacity. With no
 * limits configured the policy passes every resource.
 */
export const costLimitsRule = defineResourceRule({
  name: policyNames.costLimits,
  description:
    "AI resources that bill by capacity stay within the limits set for their environment.",
  enforcementLevel: "mandatory",
  severity: "high",
  properties: costLimitsProperties,
  prepare: (config) => config,
  evaluate: (resource, kind, config, context) =>
    evaluateCostLimits(resource, kind, config, context),
});
