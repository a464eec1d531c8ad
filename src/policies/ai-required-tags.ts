import type { ResourceValidationPolicy } from "@pulumi/policy";
import { lookupAiResourceKind } from "../catalog/index.js";
import { policyNames } from "../config/policy-names.js";
import { requiredTagsProperties } from "../config/properties.js";
import { keysOf } from "../facts/unknown.js";
import { formatFinding } from "../violations/format-message.js";
import { compileRequiredTags, evaluateRequiredTags } from "./evaluate-required-tags.js";
import { configSchemaOf, makeConfigReader } from "./policy-config.js";

export const requiredTagsConfig = makeConfigReader(
  policyNames.requiredTags,
  requiredTagsProperties,
  (config) => compileRequiredTags(config.requiredTags),
);

/**
 * Every AI resource that can carry tags has each required tag, with a valid value. Tags come from
 * the resource and its AWS provider's default tags; Azure OpenAI deployments are attributed by
 * their account, which this policy checks as a resource of its own.
 */
export const aiRequiredTags: ResourceValidationPolicy = {
  name: policyNames.requiredTags,
  description: "AI resources carry the attribution tags finance needs to allocate their spend.",
  enforcementLevel: "mandatory",
  severity: "high",
  configSchema: configSchemaOf(requiredTagsProperties),
  validateResource: (args, reportViolation) => {
    const requiredTags = requiredTagsConfig.read(args.getConfig());
    const kind = lookupAiResourceKind(args.type, () => keysOf(args.props).includes("tags"));
    if (!kind) return;

    const { violations } = evaluateRequiredTags(
      kind,
      args.props,
      args.provider?.props,
      requiredTags,
    );
    for (const violation of violations) reportViolation(formatFinding(violation));
  },
};
