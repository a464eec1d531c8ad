const dayMs = 24 * 60 * 60 * 1000;

/** The last date formatted, and the span of time (ms since the epoch) it stays today. */
let cached = { date: "", from: 0, until: 0 };

/**
 * Today's date (UTC) as YYYY-MM-DD, which exemptions and model retirements are compared with.
 * `AIGOV_TODAY` overrides it, to see what a config will do on a given day (and for tests).
 */
export function today(): string {
  const override = process.env.AIGOV_TODAY;
  if (override !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  // Every policy asks on every resource; formatting the date each time was a tenth of their cost.
  const now = Date.now();
  if (now >= cached.from && now < cached.until) return cached.date;
  const date = new Date(now).toISOString().slice(0, 10);
  const from = Date.parse(`${date}T00:00:00Z`);
  cached = { date, from, until: from + dayMs };
  return date;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}
