import type { ModelRef } from "../violation-detail.js";

/** Every value in a sentence is JSON-quoted, so the sentence can be read back exactly. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

export function quoteList(values: readonly string[]): string {
  return values.map(quote).join(", ");
}

export function modelText(model: ModelRef): string {
  return model.version === undefined
    ? quote(model.value)
    : `${quote(model.value)} version ${quote(model.version)}`;
}

/** A pattern as `/.../`, or JSON-quoted when a line break in it would split the message. */
export function patternText(pattern: string): string {
  return /[\r\n\u2028\u2029]/.test(pattern) ? quote(pattern) : `/${pattern}/`;
}

/** Regular-expression pieces for reading sentences back. */
export const q = String.raw`"(?:[^"\\]|\\.)*"`;
export const list = String.raw`${q}(?:, ${q})*`;
export const model = String.raw`${q}(?: version ${q})?`;
export const field = String.raw`[^\s]+`;

export function unquote(text: string): string {
  return JSON.parse(text) as string;
}

export function unquoteList(text: string): string[] {
  return (text.match(new RegExp(q, "g")) ?? []).map(unquote);
}

export function parseModel(text: string): ModelRef {
  const [value, version] = unquoteList(text);
  return { value: value ?? "", version };
}

/** A capture group's text, or "" when the group did not take part. */
export function group(match: RegExpExecArray, index: number): string {
  return match[index] ?? "";
}

/** Builds an anchored pattern from a template's pieces. */
export function anchored(source: string): RegExp {
  return new RegExp(`^${source}$`);
}
