import { costSentences } from "./sentences/costs.js";
import { modelSentences } from "./sentences/models.js";
import { notCheckableSentences } from "./sentences/not-checkable.js";
import { noteSentences } from "./sentences/notes.js";
import type { Sentence } from "./sentences/sentence.js";
import { tagSentences } from "./sentences/tags.js";
import type { FindingDetail } from "./violation-detail.js";

/** Every sentence the pack writes, one entry per finding code. */
export const sentences: readonly Sentence[] = [
  ...tagSentences,
  ...modelSentences,
  ...costSentences,
  ...notCheckableSentences,
  ...noteSentences,
] as readonly Sentence[];

const byCode = new Map(sentences.map((s) => [s.code, s]));

/**
 * The one sentence shown for a finding: what to change, the value observed, what is expected.
 * It never names the resource or the policy; Pulumi prints those beside it.
 *
 * @example
 * formatFinding({ code: "misspelled-tag-key", found: "CostCenter", expected: "cost-center" });
 * // 'Rename tag key "CostCenter" to "cost-center", the required spelling.'
 */
export function formatFinding(detail: FindingDetail): string {
  const sentence = byCode.get(detail.code);
  if (!sentence) throw new Error(`no sentence for finding code ${detail.code}`);
  return sentence.format(detail, formatFinding);
}
