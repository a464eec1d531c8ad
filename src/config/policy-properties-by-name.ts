import { approvedModelProperties } from "./approved-model-properties.js";
import { attributableUsageProperties, levelOnlyProperties } from "./companion-properties.js";
import { costLimitsProperties } from "./cost-limits-properties.js";
import { policyNames, type PolicyName } from "./policy-names.js";
import { requiredTagsProperties } from "./required-tags-properties.js";

/** Each policy's own config properties, in the order the pack declares the policies. */
export const policyPropertiesByName = {
  [policyNames.requiredTags]: requiredTagsProperties,
  [policyNames.approvedModel]: approvedModelProperties,
  [policyNames.modelRetirement]: levelOnlyProperties,
  [policyNames.costLimits]: costLimitsProperties,
  [policyNames.attributableUsage]: attributableUsageProperties,
  [policyNames.notCheckable]: levelOnlyProperties,
  [policyNames.exemptions]: levelOnlyProperties,
} as const satisfies Record<PolicyName, unknown>;
