import type { ResourceValidationPolicy } from "@pulumi/policy";
import { levelOnlyProperties } from "../config/companion-properties.js";
import { policyNames } from "../config/policy-names.js";
import { formatFinding } from "../violations/format-message.js";
import { approvedModelRule } from "./ai-approved-model.js";
import { evaluateRetirements } from "./evaluate-retirements.js";
import { configSchemaOf, makeConfigReader } from "./policy-config.js";
import { aiKindOf, ruleContext } from "./resource-rule.js";
import { viewOfArgs } from "./resource-view.js";

const ownConfig = makeConfigReader(policyNames.modelRetirement, levelOnlyProperties, () => ({}));

/**
 * The warning before `ai-approved-model` refuses a deprecated model: each resource still on one
 * hears the date and the replacement while it can move at its own pace. It reads the deprecations
 * from `ai-approved-model`'s config, which the pack runs first on every resource, so it reports
 * nothing when that policy is disabled.
 */
export const aiModelRetirement: ResourceValidationPolicy = {
  name: policyNames.modelRetirement,
  description: "AI resources move off deprecated models before they retire.",
  enforcementLevel: "advisory",
  severity: "medium",
  configSchema: configSchemaOf(levelOnlyProperties),
  validateResource: (args, reportViolation) => {
    ownConfig.read(args.getConfig());
    const config = approvedModelRule.config.last()?.settings;
    if (!config) return;
    const resource = viewOfArgs(args);
    const kind = aiKindOf(resource);
    if (!kind) return;
    const { violations } = evaluateRetirements(resource, kind, config, ruleContext());
    for (const note of violations) reportViolation(formatFinding(note));
  },
};
