import type { CheckRemediation } from "../check/check-result.js";
import { expiringSoonDays } from "../config/exemptions.js";
import { displayType } from "./display-type.js";
import type { ExemptionUse } from "./exemption-summary.js";

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}

function daysText(days: number | undefined): string {
  if (days === undefined) return "";
  const soon = days <= expiringSoonDays ? ", expiring soon" : "";
  return days === 0 ? `${soon}, its last day` : `${soon}, ${plural(days, "day")} left`;
}

function exemptionLine(use: ExemptionUse): string {
  const { exemption } = use;
  const owner = exemption.owner === undefined ? "" : `, owner ${JSON.stringify(exemption.owner)}`;
  const head = `exemption ${String(exemption.index)} of ${exemption.policy} (${JSON.stringify(exemption.resource)}${owner}, until ${exemption.expires}${daysText(use.daysLeft)})`;
  const where = use.resources.join(", ");
  return use.state === "applied"
    ? `${head} waived ${plural(use.waived.length, "finding")} on ${where}: ${JSON.stringify(exemption.reason)}`
    : `${head} expired and no longer applies to ${where}`;
}

/** The exemptions in use and those to renew or remove, after the findings. */
export function exemptionSection(uses: readonly ExemptionUse[]): string[] {
  const applied = uses.filter((u) => u.state === "applied");
  const expired = uses.filter((u) => u.state === "expired");
  const lines: string[] = [];
  if (applied.length > 0) {
    lines.push("", "Exemptions applied:", ...applied.map((u) => `    ${exemptionLine(u)}`));
  }
  if (expired.length > 0) {
    lines.push(
      "",
      "Exemptions expired (renew or remove them):",
      ...expired.map((u) => `    ${exemptionLine(u)}`),
    );
  }
  return lines;
}

/** What the `remediate` level changed, which the deployment would use instead of the program's inputs. */
export function remediationSection(remediations: readonly CheckRemediation[]): string[] {
  const withChanges = remediations.filter((r) => r.changes.length > 0);
  if (withChanges.length === 0) return [];
  const lines = ["", "Remediations (the deployment would use these inputs):"];
  for (const remediation of withChanges) {
    const where = remediation.location
      ? `  ${remediation.location.file}:${String(remediation.location.line)}`
      : "";
    lines.push(`    ${displayType(remediation.type)}: ${remediation.name}${where}`);
    for (const change of remediation.changes) {
      lines.push(
        `      - ${remediation.policy} set ${change.path} to ${JSON.stringify(change.after)}`,
      );
    }
  }
  return lines;
}
