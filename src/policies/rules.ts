import type { Policies } from "@pulumi/policy";
import { approvedModelRule } from "./ai-approved-model.js";
import { requiredTagsRule } from "./ai-required-tags.js";
import { makeResourcePolicy, type RuleUse } from "./resource-rule.js";

/** The enforcing rules, in the order the pack declares them. */
export const enforcingPolicies: Policies = [
  makeResourcePolicy(requiredTagsRule),
  makeResourcePolicy(approvedModelRule),
];

/** The same rules as the advisory companions use them. */
export const ruleUses: readonly RuleUse[] = [requiredTagsRule, approvedModelRule];
