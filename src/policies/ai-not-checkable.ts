import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { lookupAiResourceKind, type AiResourceKind } from "../catalog/index.js";
import { policyNames } from "../config/policy-names.js";
import { notCheckableProperties } from "../config/properties.js";
import { keysOf } from "../facts/unknown.js";
import { formatFinding } from "../violations/format-message.js";
import type { NotCheckableDetail } from "../violations/violation-detail.js";
import { approvedModelConfig } from "./ai-approved-model.js";
import { requiredTagsConfig } from "./ai-required-tags.js";
import { evaluateRequiredTags } from "./evaluate-required-tags.js";
import { observeModels } from "./observe-models.js";
import { checkBillingParent } from "./parent-link.js";
import { configSchemaOf, makeConfigReader } from "./policy-config.js";

const ownConfig = makeConfigReader(policyNames.notCheckable, notCheckableProperties, () => ({}));

function deferredFindings(resource: PolicyResource, kind: AiResourceKind): NotCheckableDetail[] {
  const findings: NotCheckableDetail[] = [];
  const requiredTags = requiredTagsConfig.last();
  if (requiredTags) {
    findings.push(
      ...evaluateRequiredTags(kind, resource.props, resource.provider?.props, requiredTags)
        .notCheckable,
    );
    if (kind.attribution.kind === "parent" && requiredTags.length > 0) {
      const parent = checkBillingParent(resource, kind.attribution);
      if (parent) findings.push(parent);
    }
  }
  const models = approvedModelConfig.last();
  if (models && models.approvedModels.length > 0)
    findings.push(...observeModels(kind, resource.props).notCheckable);
  return findings;
}

/**
 * The advisory side of the other two policies: everything they could not decide, each on its
 * resource. Values computed from other resources are unknown at preview and can only be checked
 * at update; some model ARNs never say their model; a deployment billed to an account outside
 * the stack cannot be shown to be attributed. It reports only for policies that ran, so a
 * disabled policy's checks are not reported here either.
 */
export const aiNotCheckable: StackValidationPolicy = {
  name: policyNames.notCheckable,
  description: "Attribution and model checks that could not be decided before deployment.",
  enforcementLevel: "advisory",
  severity: "low",
  configSchema: configSchemaOf(notCheckableProperties),
  validateStack: (args, reportViolation) => {
    ownConfig.read(args.getConfig());
    for (const resource of args.resources) {
      const kind = lookupAiResourceKind(resource.type, () =>
        keysOf(resource.props).includes("tags"),
      );
      if (!kind) continue;
      for (const finding of deferredFindings(resource, kind))
        reportViolation(formatFinding(finding), resource.urn);
    }
  },
};
