import type { RowResult } from "./row.js";

function figure(value: number | undefined, unit: string): string {
  if (value === undefined) return "";
  return unit === "µs" ? `${value.toFixed(1)} µs` : `${value.toFixed(0)} ms`;
}

function memory(row: RowResult): string {
  const { ours, baseline } = row.peakRssMb;
  return baseline === undefined ? ours.toFixed(0) : `${ours.toFixed(0)} / ${baseline.toFixed(0)}`;
}

/** Whether a row meets its target: its ratio (or figure) at most the target, or under it. */
export function meetsTarget(row: RowResult): boolean {
  if (row.target === undefined) return true;
  return row.baseline === undefined ? row.ratio < row.target : row.ratio <= row.target;
}

function targetText(row: RowResult): string {
  if (row.target === undefined) return "(explains the row above)";
  const target = String(row.target);
  const bound = row.baseline === undefined ? `< ${target} ${row.unit}` : `≤ ${target}x`;
  return meetsTarget(row) ? bound : `${bound} (not met)`;
}

/** The rows as a Markdown table, then each row's baseline and note below it. */
export function renderTable(rows: readonly RowResult[]): string {
  const header = ["what", "ours", "baseline", "ratio", "target", "peak RSS MB (ours / baseline)"];
  const lines = rows.map((row) => [
    row.what,
    figure(row.ours, row.unit),
    figure(row.baseline, row.unit),
    row.baseline === undefined ? "" : `${row.ratio.toFixed(2)}x`,
    targetText(row),
    memory(row),
  ]);
  const table = [header, header.map(() => "---"), ...lines].map(
    (cells) => `| ${cells.join(" | ")} |`,
  );
  const notes = rows.flatMap((row) => {
    const parts = [row.baselineWhat && `baseline: ${row.baselineWhat}`, row.note].filter(Boolean);
    return parts.length === 0 ? [] : [`- ${row.what}: ${parts.join("; ")}`];
  });
  return [...table, "", ...notes, ""].join("\n");
}

/** The one JSON line: each target row's figure under its key, and every row's peak memory. */
export function renderJsonLine(rows: readonly RowResult[]): string {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const figures = Object.fromEntries(rows.map((row) => [row.key, round(row.ratio)]));
  const peakRssMb = Object.fromEntries(
    rows.map((row) => [
      row.key,
      {
        ours: Math.round(row.peakRssMb.ours),
        ...(row.peakRssMb.baseline === undefined
          ? {}
          : { baseline: Math.round(row.peakRssMb.baseline) }),
      },
    ]),
  );
  const targetsMet = Object.fromEntries(
    rows.filter((row) => row.target !== undefined).map((row) => [row.key, meetsTarget(row)]),
  );
  return JSON.stringify({ ...figures, peakRssMb, targetsMet });
}
