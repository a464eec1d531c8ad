import type { Policies } from "@pulumi/policy";
import { approvedModelRule } from "./ai-approved-model.js";
import { attributableUsageRule } from "./ai-attributable-usage.js";
import { costLimitsRule } from "./ai-cost-limits.js";
import { aiExemptions } from "./ai-exemptions.js";
import { aiModelRetirement } from "./ai-model-retirement.js";
import { aiNotCheckable } from "./ai-not-checkable.js";
import { requiredTagsRule } from "./ai-required-tags.js";
import { makeResourcePolicy } from "./resource-rule.js";

/**
 * The pack's policies, in the order the engine runs and reports them. `ai-model-retirement`
 * reads the config `ai-approved-model` last ran with, so it comes after it; the stack companions
 * run once every resource has been analysed.
 */
export const policies: Policies = [
  makeResourcePolicy(requiredTagsRule),
  makeResourcePolicy(approvedModelRule),
  aiModelRetirement,
  makeResourcePolicy(costLimitsRule),
  makeResourcePolicy(attributableUsageRule),
  aiNotCheckable,
  aiExemptions,
];
