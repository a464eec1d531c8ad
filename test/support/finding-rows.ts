import type { FindingDetail } from "../../src/violations/violation-detail";
import type { SeenFinding } from "./pack-session";

/** One finding as a table row: policy, level, resource name and the detail read back. */
export type FindingRow = readonly [
  policy: string,
  level: "advisory" | "mandatory",
  resource: string,
  detail: FindingDetail | undefined,
];

/** JSON text with object keys sorted, so equal rows written in any key order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

function compareRows(a: FindingRow, b: FindingRow): number {
  const left = canonical(a);
  const right = canonical(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Rows in a stable order, so cases do not depend on the order the engine reports in. */
export function sortRows(rows: readonly FindingRow[]): FindingRow[] {
  return [...rows].sort(compareRows);
}

/** The findings of one analysis as sorted rows. */
export function rowsOf(findings: readonly SeenFinding[]): FindingRow[] {
  return sortRows(findings.map((f) => [f.policy, f.level, f.resource, f.detail] as const));
}

/** A mandatory finding of `policy` on `resource`. */
export function mandatory(policy: string, resource: string, detail: FindingDetail): FindingRow {
  return [policy, "mandatory", resource, detail];
}

/** An advisory ai-not-checkable finding on `resource`. */
export function notCheckable(resource: string, detail: FindingDetail): FindingRow {
  return ["ai-not-checkable", "advisory", resource, detail];
}

/** An advisory finding of `policy` on `resource`: a note, or a rule configured as advisory. */
export function advisory(policy: string, resource: string, detail: FindingDetail): FindingRow {
  return [policy, "advisory", resource, detail];
}
