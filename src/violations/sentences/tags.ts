import {
  anchored,
  group,
  list,
  patternText,
  q,
  quote,
  quoteList,
  unquote,
  unquoteList,
} from "./quoting.js";
import { sentence } from "./sentence.js";

const cloud = "(AWS|Azure)";

/** Sentences of `ai-required-tags`: attribution tags, and tags the cloud would reject. */
export const tagSentences = [
  sentence({
    code: "missing-tags",
    format: (d) =>
      `Add the required ${d.missing.length === 1 ? "tag" : "tags"} ${quoteList(d.missing)}; the resource has ${d.present.length === 0 ? "no tags" : quoteList(d.present)}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Add the required tags? (${list}); the resource has (no tags|${list})\.`,
        ),
        parse: (m) => ({
          code: "missing-tags",
          missing: unquoteList(group(m, 1)),
          present: group(m, 2) === "no tags" ? [] : unquoteList(group(m, 2)),
        }),
      },
    ],
  }),
  sentence({
    code: "misspelled-tag-key",
    format: (d) =>
      `Rename tag key ${quote(d.found)} to ${quote(d.expected)}, the required spelling.`,
    readers: [
      {
        pattern: anchored(String.raw`Rename tag key (${q}) to (${q}), the required spelling\.`),
        parse: (m) => ({
          code: "misspelled-tag-key",
          found: unquote(group(m, 1)),
          expected: unquote(group(m, 2)),
        }),
      },
    ],
  }),
  sentence({
    code: "empty-tag-value",
    format: (d) => `Give tag ${quote(d.key)} a non-empty value; it is empty.`,
    readers: [
      {
        pattern: anchored(String.raw`Give tag (${q}) a non-empty value; it is empty\.`),
        parse: (m) => ({ code: "empty-tag-value", key: unquote(group(m, 1)) }),
      },
    ],
  }),
  sentence({
    code: "tag-value-not-allowed",
    format: (d) =>
      `Set tag ${quote(d.key)} to one of ${quoteList(d.allowed)}; it is ${quote(d.value)}.`,
    readers: [
      {
        pattern: anchored(String.raw`Set tag (${q}) to one of (${list}); it is (${q})\.`),
        parse: (m) => ({
          code: "tag-value-not-allowed",
          key: unquote(group(m, 1)),
          allowed: unquoteList(group(m, 2)),
          value: unquote(group(m, 3)),
        }),
      },
    ],
  }),
  sentence({
    code: "tag-value-mismatch",
    format: (d) =>
      `Set tag ${quote(d.key)} to a value matching ${patternText(d.pattern)}; it is ${quote(d.value)}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Set tag (${q}) to a value matching (?:/(.*)/|(${q})); it is (${q})\.`,
        ),
        parse: (m) => ({
          code: "tag-value-mismatch",
          key: unquote(group(m, 1)),
          pattern: m[3] === undefined ? group(m, 2) : unquote(m[3]),
          value: unquote(group(m, 4)),
        }),
      },
    ],
  }),
  sentence({
    code: "malformed-tags",
    format: (d) => `Set tags to a map of strings; it is ${d.shape}.`,
    readers: [
      {
        pattern: /^Set tags to a map of strings; it is (.+)\.$/,
        parse: (m) => ({ code: "malformed-tags", shape: group(m, 1) }),
      },
    ],
  }),
  sentence({
    code: "malformed-tag-value",
    format: (d) => `Set tag ${quote(d.key)} to a string; it is ${d.shape}.`,
    readers: [
      {
        pattern: anchored(String.raw`Set tag (${q}) to a string; it is (.+)\.`),
        parse: (m) => ({
          code: "malformed-tag-value",
          key: unquote(group(m, 1)),
          shape: group(m, 2),
        }),
      },
    ],
  }),
  sentence({
    code: "tag-too-long",
    format: (d) =>
      `Shorten ${d.part === "key" ? "tag key" : "the value of tag"} ${quote(d.key)} to at most ${String(d.limit)} characters, the ${d.cloud} limit; it has ${String(d.length)}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Shorten (tag key|the value of tag) (${q}) to at most (\d+) characters, the ${cloud} limit; it has (\d+)\.`,
        ),
        parse: (m) => ({
          code: "tag-too-long",
          part: group(m, 1) === "tag key" ? "key" : "value",
          key: unquote(group(m, 2)),
          limit: Number(group(m, 3)),
          cloud: group(m, 4) as "AWS" | "Azure",
          length: Number(group(m, 5)),
        }),
      },
    ],
  }),
  sentence({
    code: "tag-characters",
    format: (d) =>
      `Remove ${quoteList(d.characters)} from ${d.part === "key" ? "tag key" : "the value of tag"} ${quote(d.key)}; ${d.cloud} rejects them.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Remove (${list}) from (tag key|the value of tag) (${q}); ${cloud} rejects them\.`,
        ),
        parse: (m) => ({
          code: "tag-characters",
          characters: unquoteList(group(m, 1)),
          part: group(m, 2) === "tag key" ? "key" : "value",
          key: unquote(group(m, 3)),
          cloud: group(m, 4) as "AWS" | "Azure",
        }),
      },
    ],
  }),
  sentence({
    code: "tag-reserved-prefix",
    format: (d) =>
      `Rename tag key ${quote(d.key)}; ${d.cloud} reserves the prefix ${quote(d.prefix)}.`,
    readers: [
      {
        pattern: anchored(String.raw`Rename tag key (${q}); ${cloud} reserves the prefix (${q})\.`),
        parse: (m) => ({
          code: "tag-reserved-prefix",
          key: unquote(group(m, 1)),
          cloud: group(m, 2) as "AWS" | "Azure",
          prefix: unquote(group(m, 3)),
        }),
      },
    ],
  }),
  sentence({
    code: "too-many-tags",
    format: (d) =>
      `Keep at most ${String(d.limit)} tags, the ${d.cloud} limit; the resource has ${String(d.count)}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Keep at most (\d+) tags, the ${cloud} limit; the resource has (\d+)\.`,
        ),
        parse: (m) => ({
          code: "too-many-tags",
          limit: Number(group(m, 1)),
          cloud: group(m, 2) as "AWS" | "Azure",
          count: Number(group(m, 3)),
        }),
      },
    ],
  }),
];
