import { relative } from "node:path";
import { countByLevel, type CheckFinding, type CheckResult } from "../check/check-result.js";
import { displayType } from "./display-type.js";
import { summarizeExemptions } from "./exemption-summary.js";
import { exemptionSection, remediationSection } from "./text-sections.js";

export interface TextStyle {
  readonly color: boolean;
}

const levelOrder = { mandatory: 0, advisory: 1 } as const;

function paint(style: TextStyle, code: number, text: string): string {
  return style.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function groupByResource(result: CheckResult): Map<string, CheckFinding[]> {
  const order = new Map(result.resources.map((r, index) => [r.urn, index]));
  const sorted = [...result.findings].sort(
    (a, b) =>
      (order.get(a.urn) ?? 0) - (order.get(b.urn) ?? 0) ||
      levelOrder[a.enforcementLevel] - levelOrder[b.enforcementLevel] ||
      a.policy.localeCompare(b.policy),
  );
  const groups = new Map<string, CheckFinding[]>();
  for (const finding of sorted)
    groups.set(finding.urn, [...(groups.get(finding.urn) ?? []), finding]);
  return groups;
}

/**
 * The human report: the "Policies:" block `pulumi preview` prints, grouped by resource, each
 * resource with the program line that constructed it, then a one-line summary.
 */
export function renderTextReport(result: CheckResult, style: TextStyle): string {
  const { mandatory, advisory } = countByLevel(result.findings);
  const icon = mandatory > 0 ? "❌" : advisory > 0 ? "⚠️ " : "✅";
  const packPath = relative(process.cwd(), result.packDirectory) || ".";
  const lines = [
    "Policies:",
    `    ${icon} ${result.packName}@v${result.packVersion} (local: ${packPath})`,
  ];

  for (const [urn, findings] of groupByResource(result)) {
    const first = findings[0] as CheckFinding;
    const where = first.location ? `  ${first.location.file}:${first.location.line}` : "";
    const subject = first.type === "" ? urn : `${displayType(first.type)}: ${first.name}`;
    lines.push(`        ${paint(style, 1, subject)}${paint(style, 2, where)}`);
    for (const finding of findings) {
      const level =
        finding.enforcementLevel === "mandatory"
          ? paint(style, 31, "[mandatory]")
          : paint(style, 33, "[advisory]");
      lines.push(`          - ${level}  ${finding.policy}`, `            ${finding.message}`);
    }
  }

  lines.push(...exemptionSection(summarizeExemptions(result.findings)));
  lines.push(...remediationSection(result.remediations));
  if (result.disabledPolicies.length > 0) {
    lines.push("", `Disabled, so not checked: ${result.disabledPolicies.join(", ")}.`);
  }
  const aiCount = result.resources.filter((r) => r.isAi).length;
  const flagged = new Set(result.findings.map((f) => f.urn)).size;
  lines.push(
    "",
    `${mandatory} mandatory and ${advisory} advisory finding(s) on ${flagged} resource(s); ` +
      `${aiCount} of ${result.resources.length} resource(s) in ${result.project}/${result.stack} are AI resources.`,
  );
  return `${lines.join("\n")}\n`;
}
