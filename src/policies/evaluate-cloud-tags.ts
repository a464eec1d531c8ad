import type { TagValue } from "../facts/effective-tags.js";
import type { CloudName, ViolationDetail } from "../violations/violation-detail.js";

/** What a cloud accepts in tags, from its documentation (AWS tagging rules, Azure tag limits). */
interface CloudTagRules {
  readonly name: CloudName;
  readonly maxTags: number;
  readonly maxKeyLength: number;
  readonly maxValueLength: number;
  /** Characters rejected in keys; `undefined` when any character is accepted. */
  readonly rejectedInKey: (character: string) => boolean;
  readonly rejectedInValue: (character: string) => boolean;
  /** Whether a whole key or value is free of rejected characters, tested in one pass. */
  readonly cleanKey: (text: string) => boolean;
  readonly cleanValue: (text: string) => boolean;
  /** Key prefixes the cloud keeps for itself, compared without case. */
  readonly reservedKeyPrefixes: readonly string[];
}

/**
 * Matches a text that may start with one of the prefixes in any case: tested on every key, so
 * that only a key that matches is lower-cased to name the prefix. For these prefixes, Unicode
 * case folding matches whatever lower-casing does (the Kelvin sign as `k`, say), so it never
 * misses a reserved key.
 */
function startsWithAny(prefixes: readonly string[]): RegExp {
  const escaped = prefixes.map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^(?:${escaped.join("|")})`, "iu");
}

const awsAllowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;
const awsAllAllowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const azureRejectedInKey = new Set(["<", ">", "%", "&", "\\", "?", "/"]);
const azureAnyRejectedInKey = /[<>%&\\?/]/;

const rulesByCloud: Readonly<Record<"aws" | "azure", CloudTagRules>> = {
  aws: {
    name: "AWS",
    maxTags: 50,
    maxKeyLength: 128,
    maxValueLength: 256,
    rejectedInKey: (c) => !awsAllowed.test(c),
    rejectedInValue: (c) => !awsAllowed.test(c),
    cleanKey: (text) => awsAllAllowed.test(text),
    cleanValue: (text) => awsAllAllowed.test(text),
    reservedKeyPrefixes: ["aws:"],
  },
  azure: {
    name: "Azure",
    maxTags: 50,
    maxKeyLength: 512,
    maxValueLength: 256,
    rejectedInKey: (c) => azureRejectedInKey.has(c),
    rejectedInValue: () => false,
    cleanKey: (text) => !azureAnyRejectedInKey.test(text),
    cleanValue: () => true,
    reservedKeyPrefixes: ["microsoft", "azure", "windows"],
  },
};

const reservedKeyStartByCloud: Readonly<Record<"aws" | "azure", RegExp>> = {
  aws: startsWithAny(rulesByCloud.aws.reservedKeyPrefixes),
  azure: startsWithAny(rulesByCloud.azure.reservedKeyPrefixes),
};

/** A prefix a cloud keeps for its own tag keys, that a key starts with. */
export interface ReservedKeyPrefix {
  readonly cloud: CloudName;
  readonly prefix: string;
}

/**
 * The prefix the cloud reserves that a tag key starts with, compared without case, if any. The
 * config refuses a required tag key with one, as no resource of that cloud could carry it.
 */
export function reservedKeyPrefix(
  cloud: "aws" | "azure",
  key: string,
): ReservedKeyPrefix | undefined {
  const rules = rulesByCloud[cloud];
  if (!reservedKeyStartByCloud[cloud].test(key)) return undefined;
  const prefix = rules.reservedKeyPrefixes.find((p) => key.toLowerCase().startsWith(p));
  return prefix === undefined ? undefined : { cloud: rules.name, prefix };
}

/** The prefix any cloud the pack checks reserves that a tag key starts with, if any. */
export function reservedKeyPrefixOnAnyCloud(key: string): ReservedKeyPrefix | undefined {
  return reservedKeyPrefix("aws", key) ?? reservedKeyPrefix("azure", key);
}

/** Every cloud's reserved key prefixes, lower-case, for the config's JSON Schema. */
export const reservedKeyPrefixes: readonly string[] = Object.values(rulesByCloud).flatMap(
  (rules) => rules.reservedKeyPrefixes,
);

/** Characters of a text that a rule rejects, each listed once in order of appearance. */
function rejected(text: string, isRejected: (c: string) => boolean): string[] {
  return [...new Set(Array.from(text).filter(isRejected))];
}

/** Adds to `found` what the cloud would refuse in one key or value. */
function checkPart(
  rules: CloudTagRules,
  key: string,
  part: "key" | "value",
  text: string,
  found: ViolationDetail[],
): void {
  // The clouds count Unicode characters (code points), not UTF-16 units; there are never more
  // code points than units, so only a long text needs counting.
  const limit = part === "key" ? rules.maxKeyLength : rules.maxValueLength;
  const length = text.length > limit ? Array.from(text).length : text.length;
  if (length > limit)
    found.push({ code: "tag-too-long", cloud: rules.name, key, part, limit, length });
  const clean = part === "key" ? rules.cleanKey(text) : rules.cleanValue(text);
  if (clean) return;
  const characters = rejected(text, part === "key" ? rules.rejectedInKey : rules.rejectedInValue);
  if (characters.length > 0)
    found.push({ code: "tag-characters", cloud: rules.name, key, part, characters });
}

/**
 * Tags the cloud would refuse at deployment: too many, too long, characters it rejects, or a
 * key prefix it reserves. Reported before `pulumi up` fails on them half-way.
 */
export function evaluateCloudTags(
  cloud: "aws" | "azure",
  tags: ReadonlyMap<string, TagValue>,
): ViolationDetail[] {
  const rules = rulesByCloud[cloud];
  const found: ViolationDetail[] = [];
  if (tags.size > rules.maxTags)
    found.push({
      code: "too-many-tags",
      cloud: rules.name,
      count: tags.size,
      limit: rules.maxTags,
    });
  for (const [key, value] of tags) {
    const reserved = reservedKeyPrefix(cloud, key);
    if (reserved !== undefined) {
      found.push({ code: "tag-reserved-prefix", key, ...reserved });
    }
    checkPart(rules, key, "key", key, found);
    if (typeof value === "string") checkPart(rules, key, "value", value, found);
  }
  return found;
}
