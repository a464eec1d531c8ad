import { z } from "zod";
import {
  reservedKeyPrefixOnAnyCloud,
  reservedKeyPrefixes,
} from "../policies/evaluate-cloud-tags.js";

/**
 * A JSON Schema pattern matching a text that starts with one of the prefixes in any case, after
 * any spaces (the key is trimmed before it is checked): `aws:` becomes `[Aa][Ww][Ss]:`, as JSON
 * Schema patterns take no case-insensitive flag. The prefixes are ASCII, so this is the same
 * comparison as lower-casing the key.
 */
function anyCasePrefixPattern(prefixes: readonly string[]): string {
  const anyCase = (prefix: string) =>
    Array.from(prefix, (c) => {
      const [lower, upper] = [c.toLowerCase(), c.toUpperCase()];
      return lower === upper ? c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : `[${lower}${upper}]`;
    }).join("");
  return `^\\s*(?:${prefixes.map(anyCase).join("|")})`;
}

/**
 * A required tag's key. A key that starts with a prefix a cloud keeps for its own tags (`aws:`,
 * `azure`...) can never be on a resource of that cloud, so every such resource would be reported
 * missing it; the key is refused, with the rule the pack applies to resources' tags. The config's
 * JSON Schema says the same with a `not` pattern.
 */
export const requiredTagKeySchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((key, ctx) => {
    const reserved = reservedKeyPrefixOnAnyCloud(key);
    if (reserved === undefined) return;
    ctx.addIssue({
      code: "custom",
      message:
        `a key a resource can carry: ${reserved.cloud} reserves tag keys that start with ` +
        `${JSON.stringify(reserved.prefix)} for its own tags`,
    });
  })
  .meta({ not: { pattern: anyCasePrefixPattern(reservedKeyPrefixes) } });
