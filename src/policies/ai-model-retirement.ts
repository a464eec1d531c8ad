import type { ResourceValidationPolicy } from "@pulumi/policy";
import { policyNames } from "../config/policy-names.js";
import { formatFinding } from "../violations/format-message.js";
import { approvedModelRule } from "./ai-approved-model.js";
import { evaluateRetirements } from "./evaluate-retirements.js";
import { companionBasics } from "./companion-policy.js";
import { aiKindOf, ruleContext } from "./resource-rule.js";
import { viewOfArgs } from "./resource-view.js";

const companion = companionBasics(policyNames.modelRetirement);

/**
 * The warning before `ai-approved-model` refuses a deprecated model: each resource still on one
 * hears the date and the replacement while it can move at its own pace. It reads the deprecations
 * from `ai-approved-model`'s config, which the pack runs first on every resource, so it reports
 * nothing when that policy is disabled.
 */
export const aiModelRetirement: ResourceValidationPolicy = {
  ...companion.fields,
  description: "AI resources move off deprecated models before they retire.",
  severity: "medium",
  validateResource: (args, reportViolation) => {
    const kind = aiKindOf(args);
    if (!kind) {
      companion.checkConfigOnce(args);
      return;
    }
    companion.checkConfig(args);
    const config = approvedModelRule.config.last()?.settings;
    if (!config) return;
    const resource = viewOfArgs(args);
    const { violations } = evaluateRetirements(resource, kind, config, ruleContext());
    for (const note of violations) reportViolation(formatFinding(note));
  },
};
