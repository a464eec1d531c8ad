import {
  anchored,
  field,
  group,
  list,
  q,
  quote,
  quoteList,
  unquote,
  unquoteList,
} from "./quoting.js";
import { sentence } from "./sentence.js";

function limitText(environment: string | undefined): string {
  return environment === undefined
    ? "the configured limit"
    : `the configured limit for environment ${quote(environment)}`;
}

const configuredFor = String.raw`the configured limit(?: for environment (${q}))?`;

/**
 * A number as `String(n)` writes it: a program may set a count to 1.5, 1e+308 or Infinity, and
 * the sentence must still read back (issue #7).
 */
const jsNumber = String.raw`-?(?:\d+(?:\.\d+)?(?:e[+-]\d+)?|Infinity)`;

/** Sentences of `ai-cost-limits`. */
export const costSentences = [
  sentence({
    code: "cost-limit-exceeded",
    format: (d) =>
      `Lower ${d.field} to at most ${String(d.limit)}, ${limitText(d.environment)}; ` +
      `it is ${String(d.observed)}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Lower (${field}) to at most (${jsNumber}), ${configuredFor}; ` +
            String.raw`it is (${jsNumber})\.`,
        ),
        parse: (m) => ({
          code: "cost-limit-exceeded",
          field: group(m, 1),
          limit: Number(group(m, 2)),
          environment: m[3] === undefined ? undefined : unquote(m[3]),
          observed: Number(group(m, 4)),
        }),
      },
    ],
  }),
  sentence({
    code: "cost-option-not-allowed",
    format: (d) =>
      `Use one of ${quoteList(d.allowed)} for ${d.field}, ${limitText(d.environment)}; ` +
      `it is ${quote(d.observed)}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Use one of (${list}) for (${field}), ${configuredFor}; it is (${q})\.`,
        ),
        parse: (m) => ({
          code: "cost-option-not-allowed",
          allowed: unquoteList(group(m, 1)),
          field: group(m, 2),
          environment: m[3] === undefined ? undefined : unquote(m[3]),
          observed: unquote(group(m, 4)),
        }),
      },
    ],
  }),
];
