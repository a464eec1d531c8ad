import { approvedModelRule } from "./ai-approved-model.js";
import { attributableUsageRule } from "./ai-attributable-usage.js";
import { costLimitsRule } from "./ai-cost-limits.js";
import { requiredTagsRule } from "./ai-required-tags.js";
import type { RuleUse } from "./resource-rule.js";

/**
 * The enforcing rules, whose violations block a deployment at their configured level and whose
 * exemptions and undecidable checks the stack companions report.
 */
export const ruleUses: readonly RuleUse[] = [
  requiredTagsRule,
  approvedModelRule,
  costLimitsRule,
  attributableUsageRule,
];
