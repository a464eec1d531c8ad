import { expiringSoonDays } from "../../config/exemptions.js";
import type { ExemptionRef, ViolationDetail } from "../violation-detail.js";
import {
  anchored,
  field,
  group,
  model,
  modelText,
  parseModel,
  q,
  quote,
  unquote,
} from "./quoting.js";
import { sentence } from "./sentence.js";

const date = String.raw`(\d{4}-\d{2}-\d{2})`;

function exemptionText(e: ExemptionRef): string {
  const owner = e.owner === undefined ? "" : `, owner ${quote(e.owner)}`;
  return `exemption ${String(e.index)} of ${e.policy} (${quote(e.resource)}${owner}, until ${e.expires}: ${quote(e.reason)})`;
}

const exemption = String.raw`exemption (\d+) of ([a-z0-9-]+) \((${q})(?:, owner (${q}))?, until ${date}: (${q})\)`;

function readExemption(m: RegExpExecArray, first: number): ExemptionRef {
  const owner = m[first + 3];
  return {
    index: Number(group(m, first)),
    policy: group(m, first + 1),
    resource: unquote(group(m, first + 2)),
    owner: owner === undefined ? undefined : unquote(owner),
    expires: group(m, first + 4),
    reason: unquote(group(m, first + 5)),
  };
}

function readDays(text: string, count: string): number {
  return text === "its last day" ? 0 : text === "1 day left" ? 1 : Number(count);
}

/** Marks an exemption about to end, so its owner renews it or fixes the resource in time. */
function soonText(days: number): string {
  return days <= expiringSoonDays ? "expiring soon, " : "";
}

function daysText(days: number): string {
  return days === 0 ? "its last day" : days === 1 ? "1 day left" : `${String(days)} days left`;
}

/** Sentences of the advisory notes: exemptions applied or expired, and retirements to come. */
export const noteSentences = [
  sentence({
    code: "exemption-applied",
    format: (d, formatInner) =>
      `Waived by ${exemptionText(d.exemption)}, ${soonText(d.daysLeft)}${daysText(d.daysLeft)}: ${formatInner(d.waived)}`,
    readers: [
      {
        pattern: anchored(
          String.raw`Waived by ${exemption}, (?:expiring soon, )?(its last day|1 day left|(\d+) days left): (.+)`,
        ),
        parse: (m, parseInner) => {
          const waived = parseInner(group(m, 9)) as ViolationDetail | undefined;
          if (!waived) return undefined;
          return {
            code: "exemption-applied",
            exemption: readExemption(m, 1),
            daysLeft: readDays(group(m, 7), group(m, 8)),
            waived,
          };
        },
      },
    ],
  }),
  sentence({
    code: "exemption-expired",
    format: (d) =>
      `Renew or remove ${exemptionText(d.exemption)}: it has expired and no longer applies.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Renew or remove ${exemption}: it has expired and no longer applies\.`,
        ),
        parse: (m) => ({ code: "exemption-expired", exemption: readExemption(m, 1) }),
      },
    ],
  }),
  sentence({
    code: "model-retiring",
    format: (d) =>
      `Move model ${modelText(d.model)} in ${d.field} to ${d.replacement === undefined ? "an approved model" : modelText(d.replacement)}: it is approved until ${d.retires} (${daysText(d.daysLeft)}), then refused.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Move model (${model}) in (${field}) to (?:(${model})|an approved model): it is approved until ${date} \((its last day|1 day left|(\d+) days left)\), then refused\.`,
        ),
        parse: (m) => ({
          code: "model-retiring",
          model: parseModel(group(m, 1)),
          field: group(m, 2),
          replacement: m[3] === undefined ? undefined : parseModel(m[3]),
          retires: group(m, 4),
          daysLeft: readDays(group(m, 5), group(m, 6)),
        }),
      },
    ],
  }),
];
