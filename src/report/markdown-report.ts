import { countByLevel, type CheckFinding, type CheckResult } from "../check/check-result.js";
import { markdownCell, markdownTable } from "./markdown-text.js";
import { pathFromSourceRoot } from "./source-root.js";

/** What the summary needs beyond the check's result. */
export interface MarkdownContext {
  /** Where file paths start: the repository root, as a pull request shows them. */
  readonly sourceRoot: string;
  /** The `aigov fix` command line for the same program, config and stack. */
  /** Absent for a deployed stack's export, which has no source to fix. */
  readonly fixCommand?: string | undefined;
}

/** A table of findings longer than this is cut, with a line saying how many rows were left out. */
export const maxMarkdownRows = 100;

/** GitHub refuses comments over 65,536 characters; this leaves room for the rest of the summary. */
const maxTableCharacters = 50_000;

const levelOrder = { mandatory: 0, advisory: 1 } as const;

/** Where a finding points, from the repository root; `undefined` when it has no program line. */
function whereOf(finding: CheckFinding, result: CheckResult, sourceRoot: string) {
  if (!finding.location) return undefined;
  const file = pathFromSourceRoot(sourceRoot, result.programDirectory, finding.location.file);
  return { file, line: finding.location.line };
}

/** Policies with findings, in the pack's order; one the pack did not list goes last. */
function countRows(result: CheckResult): (string | number)[][] {
  const order = result.policies.map((p) => p.name);
  const rank = (policy: string) => {
    const index = order.indexOf(policy);
    return index === -1 ? order.length : index;
  };
  const policies = [...new Set(result.findings.map((f) => f.policy))].sort(
    (a, b) => rank(a) - rank(b),
  );
  return policies.map((policy) => {
    const { mandatory, advisory } = countByLevel(
      result.findings.filter((f) => f.policy === policy),
    );
    return [policy, mandatory, advisory];
  });
}

/** Mandatory first, then by file and line; findings without a line last within their level. */
function findingRows(result: CheckResult, sourceRoot: string): string[][] {
  const rows = result.findings.map((finding) => ({
    finding,
    where: whereOf(finding, result, sourceRoot),
  }));
  rows.sort(
    (a, b) =>
      levelOrder[a.finding.enforcementLevel] - levelOrder[b.finding.enforcementLevel] ||
      Number(a.where === undefined) - Number(b.where === undefined) ||
      (a.where?.file ?? "").localeCompare(b.where?.file ?? "") ||
      (a.where?.line ?? 0) - (b.where?.line ?? 0) ||
      a.finding.policy.localeCompare(b.finding.policy),
  );
  return rows.map(({ finding, where }) => [
    finding.enforcementLevel,
    finding.policy,
    finding.name === "" ? (finding.urn.split("::").pop() ?? finding.urn) : finding.name,
    where === undefined ? "(no program line)" : `${where.file}:${String(where.line)}`,
    finding.message,
  ]);
}

/** The first rows that fit both the row limit and the comment's size. */
function rowsWithin(rows: readonly string[]): string[] {
  const shown: string[] = [];
  let characters = 0;
  for (const row of rows.slice(0, maxMarkdownRows)) {
    characters += row.length + 1;
    if (characters > maxTableCharacters) break;
    shown.push(row);
  }
  return shown;
}

/** A fenced block whose fence is longer than any run of backticks inside it. */
function codeBlock(language: string, text: string): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, text, fence];
}

/**
 * `aigov check --format markdown`: a summary to post on a pull request. A clean run is one line;
 * otherwise a headline, the counts by policy and level, a table of findings with `file:line`
 * from the repository root, and the `aigov fix` command that turns what it can into edits.
 */
export function renderMarkdownReport(result: CheckResult, context: MarkdownContext): string {
  const { mandatory, advisory } = countByLevel(result.findings);
  const aiResources = result.resources.filter((r) => r.isAi).length;
  const subject = `${result.project}/${result.stack}`;
  const pack = `${result.packName}@${result.packVersion}`;
  if (result.findings.length === 0) {
    return `✅ **aigov check**: no findings on ${String(aiResources)} AI resource(s) in ${markdownCell(subject)} (${markdownCell(pack)}).\n`;
  }

  const icon = mandatory > 0 ? "❌" : "⚠️";
  const flagged = new Set(result.findings.map((f) => f.urn)).size;
  const [header, separator, ...rows] = markdownTable(
    ["level", "policy", "resource", "file:line", "finding"],
    findingRows(result, context.sourceRoot),
  );
  const shown = rowsWithin(rows);
  const lines = [
    `### ${icon} aigov check: ${String(mandatory)} mandatory, ${String(advisory)} advisory`,
    "",
    `${markdownCell(subject)} (${markdownCell(pack)}): ${String(aiResources)} AI resource(s) checked, ${String(flagged)} resource(s) with findings.` +
      (mandatory > 0 ? " Mandatory findings block the deployment." : ""),
    "",
    ...markdownTable(["policy", "mandatory", "advisory"], countRows(result)),
    "",
    header ?? "",
    separator ?? "",
    ...shown,
  ];
  if (shown.length < rows.length) {
    lines.push(
      "",
      `… and ${String(rows.length - shown.length)} more; run aigov check for all of them.`,
    );
  }
  if (result.disabledPolicies.length > 0) {
    lines.push(
      "",
      `Disabled, so not checked: ${markdownCell(result.disabledPolicies.join(", "))}.`,
    );
  }
  if (context.fixCommand !== undefined) {
    lines.push(
      "",
      "To fix what can be fixed automatically (it prints a diff; add `--write` to apply it):",
      "",
      ...codeBlock("sh", context.fixCommand),
    );
  }
  return `${lines.join("\n")}\n`;
}
