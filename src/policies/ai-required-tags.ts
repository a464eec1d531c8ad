import { policyNames } from "../config/policy-names.js";
import { requiredTagsProperties } from "../config/required-tags-properties.js";
import { compileRequiredTags, evaluateRequiredTags } from "./evaluate-required-tags.js";
import { fillDefaultTags } from "./fill-default-tags.js";
import { defineResourceRule } from "./resource-rule.js";

/**
 * Every AI resource that can carry tags has each required tag, with a valid value. Tags come from
 * the resource and its AWS provider's default tags; Azure OpenAI deployments are attributed by
 * their account, which this policy checks as a resource of its own. At the `remediate` level it
 * first fills missing tags from the defaults the config declares.
 */
export const requiredTagsRule = defineResourceRule({
  name: policyNames.requiredTags,
  description: "AI resources carry the attribution tags finance needs to allocate their spend.",
  enforcementLevel: "mandatory",
  severity: "high",
  properties: requiredTagsProperties,
  prepare: (config) => compileRequiredTags(config.requiredTags),
  evaluate: (resource, kind, requiredTags) =>
    evaluateRequiredTags(kind, resource.props, resource.providerProps, requiredTags),
  remediate: fillDefaultTags,
});
