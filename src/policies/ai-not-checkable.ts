import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import type { AiResourceKind } from "../catalog/index.js";
import { policyNames } from "../config/policy-names.js";
import { formatFinding } from "../violations/format-message.js";
import type { NotCheckableDetail } from "../violations/violation-detail.js";
import { requiredTagsRule } from "./ai-required-tags.js";
import { checkBillingParent } from "./parent-link.js";
import { companionBasics } from "./companion-policy.js";
import { aiKindOf, ruleContext, type RuleContext } from "./resource-rule.js";
import { viewOfStackResource } from "./resource-view.js";
import { ruleUses } from "./rules.js";

const companion = companionBasics(policyNames.notCheckable);

function deferredFindings(
  resource: PolicyResource,
  kind: AiResourceKind,
  context: RuleContext,
  stack: readonly PolicyResource[],
): NotCheckableDetail[] {
  const view = viewOfStackResource(resource);
  const findings = ruleUses.flatMap(
    (rule) => rule.evaluateWithLastConfig(view, kind, context)?.evaluation.notCheckable ?? [],
  );
  const requiredTags = requiredTagsRule.config.last()?.settings ?? [];
  if (kind.attribution.kind === "parent" && requiredTags.length > 0) {
    const parent = checkBillingParent(resource, kind.attribution, stack);
    if (parent) findings.push(parent);
  }
  return findings;
}

/**
 * The advisory side of the enforcing policies: everything they could not decide, each on its
 * resource. Values computed from other resources are unknown at preview and can only be checked
 * at update; some model ARNs never say their model; a deployment billed to an account outside
 * the stack cannot be shown to be attributed. It reports only for policies that ran, so a
 * disabled policy's checks are not reported here either.
 */
export const aiNotCheckable: StackValidationPolicy = {
  ...companion.fields,
  description: "Attribution and model checks that could not be decided before deployment.",
  severity: "low",
  validateStack: (args, reportViolation) => {
    companion.checkConfig(args);
    const context = ruleContext();
    for (const resource of args.resources) {
      const kind = aiKindOf(resource);
      if (!kind) continue;
      // Two policies that read the same computed field leave the same thing undecided: say it once.
      const messages = new Set(
        deferredFindings(resource, kind, context, args.resources).map(formatFinding),
      );
      for (const message of messages) reportViolation(message, resource.urn);
    }
  },
};
