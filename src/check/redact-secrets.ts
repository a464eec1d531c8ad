import { secretSig, specialSigKey } from "../engine/wire.js";
import { isUnknownSentinel } from "../facts/unknown.js";
import { secretPlaceholder } from "./remediation-changes.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The texts of the secrets in some wire-form inputs, longest first. A policy sees a secret as its
 * plain value (Analyze unwraps secrets), so its text can end up in a message. As the Pulumi CLI's
 * own filter does, texts shorter than three characters and `true`/`false` are not collected: hiding
 * every "a" or "42" would make messages unreadable, and so short a text gives little away.
 */
export function secretTexts(inputs: readonly unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, inSecret: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, inSecret);
      return;
    }
    if (!isRecord(value)) {
      if (inSecret && (typeof value === "string" || typeof value === "number"))
        found.add(String(value));
      return;
    }
    const secret = inSecret || value[specialSigKey] === secretSig;
    for (const [key, inner] of Object.entries(value))
      if (key !== specialSigKey) visit(inner, secret);
  };
  for (const value of inputs) visit(value, false);
  return [...found]
    .filter((text) => text.length >= 3 && !/^(true|false)$/i.test(text))
    .filter((text) => !isUnknownSentinel(text))
    .sort((a, b) => b.length - a.length);
}

/**
 * Replaces each secret's text in a message with "[secret]", as written and as it appears inside
 * a JSON string (messages quote values as JSON).
 *
 * @example
 * redactSecrets('Set tag "owner"; it is "alice-ml".', ["alice-ml"]); // 'Set tag "owner"; it is "[secret]".'
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    const escaped = JSON.stringify(secret).slice(1, -1);
    result = result.split(secret).join(secretPlaceholder);
    if (escaped !== secret) result = result.split(escaped).join(secretPlaceholder);
  }
  return result;
}
