import type { CheckedPolicy, CheckFinding } from "../check/check-result.js";
import { policyNames } from "../config/policy-names.js";
import type { EnforcementLevelName } from "../engine/policy-diagnostic.js";
import type { SarifLevel, SarifRule } from "./sarif-log.js";

/**
 * SARIF's level for a policy at an enforcement level: mandatory (and remediate, which the engine
 * reports as mandatory) is an error and advisory a warning, except that an advisory
 * `ai-exemptions` finding is a note: it records a waiver or an expiry the config owner should
 * see, not a line of the program to change. Disabled policies report nothing.
 */
export function sarifLevelOf(
  policy: string,
  level: Exclude<EnforcementLevelName, "disabled">,
): SarifLevel {
  if (level !== "advisory") return "error";
  return policy === policyNames.exemptions ? "note" : "warning";
}

/** Where a policy's page is, as a URI: a `file:` URL of the installed docs. */
export type PolicyDocUri = (policy: string) => string;

function ruleOf(policy: CheckedPolicy, docUri: PolicyDocUri): SarifRule {
  const page = `docs/policies/${policy.name}.md`;
  const enabled = policy.enforcementLevel !== "disabled";
  const levelText = enabled ? `Enforced as ${policy.enforcementLevel}.` : "Disabled in this run.";
  return {
    id: policy.name,
    shortDescription: { text: policy.description },
    fullDescription: { text: `${policy.description} ${levelText}` },
    help: {
      text: `${policy.description} What it checks, its config, and how to fix a finding: ${page} in pulumi-ai-governance.`,
      markdown: `${policy.description}\n\nWhat it checks, its config, and how to fix a finding: [${page}](${docUri(policy.name)}).`,
    },
    helpUri: docUri(policy.name),
    defaultConfiguration:
      policy.enforcementLevel === "disabled"
        ? { enabled: false }
        : { enabled: true, level: sarifLevelOf(policy.name, policy.enforcementLevel) },
    properties: { enforcementLevel: policy.enforcementLevel, tags: ["ai-governance", "pulumi"] },
  };
}

/**
 * One rule per policy of the pack, disabled ones included (marked so), in the pack's order; a
 * finding from a policy the pack did not list (a pack other than the bundled one may do that)
 * gets a rule made from the finding, so every result has its rule.
 */
export function sarifRules(
  policies: readonly CheckedPolicy[],
  findings: readonly CheckFinding[],
  docUri: PolicyDocUri,
): SarifRule[] {
  const listed = new Set(policies.map((p) => p.name));
  const unlisted = new Map<string, CheckedPolicy>();
  for (const finding of findings) {
    if (listed.has(finding.policy) || unlisted.has(finding.policy)) continue;
    unlisted.set(finding.policy, {
      name: finding.policy,
      description: finding.description,
      enforcementLevel: finding.enforcementLevel,
    });
  }
  return [...policies, ...unlisted.values()].map((policy) => ruleOf(policy, docUri));
}
