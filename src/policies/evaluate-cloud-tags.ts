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
  /** Key prefixes the cloud keeps for itself, compared without case. */
  readonly reservedKeyPrefixes: readonly string[];
}

const awsAllowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;
const azureRejectedInKey = new Set(["<", ">", "%", "&", "\\", "?", "/"]);

const rulesByCloud: Readonly<Record<"aws" | "azure", CloudTagRules>> = {
  aws: {
    name: "AWS",
    maxTags: 50,
    maxKeyLength: 128,
    maxValueLength: 256,
    rejectedInKey: (c) => !awsAllowed.test(c),
    rejectedInValue: (c) => !awsAllowed.test(c),
    reservedKeyPrefixes: ["aws:"],
  },
  azure: {
    name: "Azure",
    maxTags: 50,
    maxKeyLength: 512,
    maxValueLength: 256,
    rejectedInKey: (c) => azureRejectedInKey.has(c),
    rejectedInValue: () => false,
    reservedKeyPrefixes: ["microsoft", "azure", "windows"],
  },
};

/** Characters of a text that a rule rejects, each listed once in order of appearance. */
function rejected(text: string, isRejected: (c: string) => boolean): string[] {
  return [...new Set(Array.from(text).filter(isRejected))];
}

function checkPart(
  rules: CloudTagRules,
  key: string,
  part: "key" | "value",
  text: string,
): ViolationDetail[] {
  const found: ViolationDetail[] = [];
  // The clouds count Unicode characters (code points), not UTF-16 units.
  const length = Array.from(text).length;
  const limit = part === "key" ? rules.maxKeyLength : rules.maxValueLength;
  if (length > limit)
    found.push({ code: "tag-too-long", cloud: rules.name, key, part, limit, length });
  const characters = rejected(text, part === "key" ? rules.rejectedInKey : rules.rejectedInValue);
  if (characters.length > 0)
    found.push({ code: "tag-characters", cloud: rules.name, key, part, characters });
  return found;
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
    const prefix = rules.reservedKeyPrefixes.find((p) => key.toLowerCase().startsWith(p));
    if (prefix !== undefined) {
      found.push({ code: "tag-reserved-prefix", cloud: rules.name, key, prefix });
    }
    found.push(...checkPart(rules, key, "key", key));
    if (typeof value === "string") found.push(...checkPart(rules, key, "value", value));
  }
  return found;
}
