import type {
  CoverageCount,
  CoverageReport,
  CoveredResource,
} from "../attribution/coverage-report.js";
import type { ExemptionRef } from "../violations/violation-detail.js";
import { displayType } from "./display-type.js";

function share(count: CoverageCount): string {
  return count.percent === null ? "" : ` (${String(count.percent)}%)`;
}

function heading(resource: CoveredResource): string {
  const driver = resource.spendDriver === undefined ? "" : ` [${resource.spendDriver}]`;
  const where = resource.location
    ? `  ${resource.location.file}:${String(resource.location.line)}`
    : "";
  return `    ${displayType(resource.type)}: ${resource.name}${driver}${where}`;
}

function exemptionText(exemption: ExemptionRef): string {
  const owner = exemption.owner === undefined ? "" : `, owner ${JSON.stringify(exemption.owner)}`;
  return `exemption ${String(exemption.index)} of ${exemption.policy} (${JSON.stringify(exemption.resource)}${owner}, until ${exemption.expires}): ${JSON.stringify(exemption.reason)}`;
}

function resourceLines(resource: CoveredResource): string[] {
  const { status } = resource;
  const details = [
    ...(status.state === "exempted" ? status.exemptions.map(exemptionText) : []),
    ...("reasons" in status ? status.reasons : []),
  ];
  return [heading(resource), ...details.map((line) => `        ${line}`)];
}

function section(title: string, resources: readonly CoveredResource[]): string[] {
  return resources.length === 0 ? [] : ["", `${title}:`, ...resources.flatMap(resourceLines)];
}

/** Rows of two columns, the first padded so the second lines up. */
function table(rows: readonly (readonly [string, string])[], indent: string): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`);
}

function serviceLines(report: CoverageReport): string[] {
  if (report.byService.length === 0) return [];
  const rows = report.byService.flatMap((service) => [
    [
      service.service,
      `${String(service.attributed)} of ${String(service.total)}${share(service)}`,
    ] as const,
    ...service.types.map(
      (type) =>
        [
          `    ${displayType(type.type)}`,
          `${String(type.attributed)} of ${String(type.total)}`,
        ] as const,
    ),
  ]);
  return ["", "By provider and type:", ...table(rows, "    ")];
}

function tagLines(report: CoverageReport): string[] {
  if (report.resources.length === 0) return [];
  return [
    "",
    "By tag value:",
    ...report.byTag.flatMap((tag) => [
      `    ${tag.key}`,
      ...table(
        tag.values.map((v) => [
          v.value,
          `${String(v.resources)} (${String(v.attributed)} attributed)`,
        ]),
        "        ",
      ),
    ]),
  ];
}

/**
 * The FinOps view of `aigov report`: the share of AI resources whose spend can be allocated, the
 * unattributed ones with spend drivers first and the findings that decided each, then the counts
 * by provider and type, and how many resources carry each value of each required tag.
 */
export function renderCoverageText(report: CoverageReport): string {
  const { coverage } = report;
  const spendDrivers = report.unattributed.filter(
    (r) => r.spendDriver !== undefined && r.status.state === "unattributed",
  );
  const others = report.unattributed.filter(
    (r) => r.spendDriver === undefined && r.status.state === "unattributed",
  );
  const lines = [
    `Attribution coverage of ${report.project}/${report.stack} (${report.packName}@v${report.packVersion})`,
    `Required tags: ${report.requiredTags.length === 0 ? "none" : report.requiredTags.join(", ")}`,
    "",
    coverage.total === 0
      ? "    No AI resources that take tags."
      : `    ${String(coverage.attributed)} of ${String(coverage.total)} AI resources attributed${share(coverage)}`,
    ...section("Unattributed spend drivers", spendDrivers),
    ...section("Unattributed", others),
    ...section(
      "Exempted (not attributed)",
      report.unattributed.filter((r) => r.status.state === "exempted"),
    ),
    ...serviceLines(report),
    ...tagLines(report),
  ];
  if (report.notCounted.length > 0) {
    lines.push("", "Not counted (their types take no tags):", ...report.notCounted.map(heading));
  }
  if (report.caveats.length > 0) lines.push("", ...report.caveats.map((c) => `Note: ${c}`));
  return `${lines.join("\n")}\n`;
}
