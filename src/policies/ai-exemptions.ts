import type { StackValidationPolicy } from "@pulumi/policy";
import { policyNames } from "../config/policy-names.js";
import { formatFinding } from "../violations/format-message.js";
import { matchExemptions } from "./exemption-match.js";
import { exemptionNotes } from "./exemption-notes.js";
import { companionBasics } from "./companion-policy.js";
import { aiKindOf, ruleContext } from "./resource-rule.js";
import { viewOfStackResource } from "./resource-view.js";
import { ruleUses } from "./rules.js";

const companion = companionBasics(policyNames.exemptions);

/**
 * The audit trail of the enforcing policies' exemptions: every violation an exemption waived, as
 * a note naming the exemption and the days it has left, and every exemption that has expired on
 * a resource it names. The enforcing policies stay silent on what is waived, so this is where a
 * waiver shows. Like `ai-not-checkable`, it reports only for policies that ran.
 */
export const aiExemptions: StackValidationPolicy = {
  ...companion.fields,
  description: "Exemptions from the AI governance policies: what each waived, and which expired.",
  severity: "low",
  validateStack: (args, reportViolation) => {
    companion.checkConfig(args);
    const context = ruleContext();
    for (const stackResource of args.resources) {
      const kind = aiKindOf(stackResource);
      if (!kind) continue;
      const resource = viewOfStackResource(stackResource);
      for (const rule of ruleUses) {
        // Only a resource an exemption names can have notes: match before evaluating.
        const exemptions = rule.lastExemptions();
        if (exemptions === undefined || exemptions.length === 0) continue;
        const matches = matchExemptions(exemptions, resource, context.today);
        if (matches.length === 0) continue;
        const ran = rule.evaluateWithLastConfig(resource, kind, context);
        if (!ran) continue;
        for (const note of exemptionNotes(rule.name, matches, ran.evaluation)) {
          reportViolation(formatFinding(note), resource.urn);
        }
      }
    }
  },
};
