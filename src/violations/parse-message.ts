import { sentences } from "./format-message.js";
import type { FindingDetail } from "./violation-detail.js";

/**
 * Reads a finding back from the sentence `formatFinding` made, or `undefined` for a message this
 * pack did not write. The two round-trip every detail (test/violations/round-trip.test.ts).
 */
export function parseFinding(sentence: string): FindingDetail | undefined {
  const trimmed = sentence.trim();
  for (const { readers } of sentences) {
    for (const reader of readers) {
      const match = reader.pattern.exec(trimmed);
      const detail = match ? reader.parse(match, parseFinding) : undefined;
      if (detail) return detail;
    }
  }
  return undefined;
}
