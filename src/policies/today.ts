/**
 * Today's date (UTC) as YYYY-MM-DD, which exemptions and model retirements are compared with.
 * `AIGOV_TODAY` overrides it, to see what a config will do on a given day (and for tests).
 */
export function today(): string {
  const override = process.env.AIGOV_TODAY;
  if (override !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  return new Date().toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const dayMs = 24 * 60 * 60 * 1000;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}
