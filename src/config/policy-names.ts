/** The pack's policy ids. Config files key policies by these names. */
export const policyNames = {
  requiredTags: "ai-required-tags",
  approvedModel: "ai-approved-model",
  attributableUsage: "ai-attributable-usage",
  costLimits: "ai-cost-limits",
  notCheckable: "ai-not-checkable",
  modelRetirement: "ai-model-retirement",
  exemptions: "ai-exemptions",
} as const;

export type PolicyName = (typeof policyNames)[keyof typeof policyNames];

export const allPolicyNames: readonly PolicyName[] = Object.values(policyNames);
