import type { FindingDetail } from "../violation-detail.js";

export type DetailOf<Code extends FindingDetail["code"]> = Extract<FindingDetail, { code: Code }>;

type ParseInner = (text: string) => FindingDetail | undefined;

/** One way a sentence can be written, and how to read the detail back from it. */
export interface Reader<Code extends FindingDetail["code"]> {
  readonly pattern: RegExp;
  /** Builds the detail; `parseInner` reads a finding quoted inside this sentence. */
  parse(match: RegExpExecArray, parseInner: ParseInner): DetailOf<Code> | undefined;
}

/**
 * A kind of finding's sentence: how it is written, and the patterns that read each of its forms
 * back. They sit together, so changing one without the other fails the round-trip test at once.
 */
export interface Sentence<Code extends FindingDetail["code"] = FindingDetail["code"]> {
  readonly code: Code;
  /** Writes the sentence; `formatInner` writes a finding this one quotes (a waived violation). */
  format(detail: DetailOf<Code>, formatInner: (inner: FindingDetail) => string): string;
  readonly readers: readonly Reader<Code>[];
}

export function sentence<Code extends FindingDetail["code"]>(
  definition: Sentence<Code>,
): Sentence<Code> {
  return definition;
}
