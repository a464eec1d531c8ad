/** One problem in a config: where it is, what was expected there, and what was found. */
export interface ConfigIssue {
  /** JSON path, e.g. `ai-required-tags.requiredTags[0].pattern`; `$` for the whole file. */
  readonly path: string;
  /** Where in the file's text, `line L, column C`, when the reader knows it. */
  readonly location?: string | undefined;
  readonly expected: string;
  readonly got?: string | undefined;
}

/**
 * A config that the pack cannot run with. `source` names the file (or, inside the pack, the
 * policy whose config the engine sent), so every line of the message says where to look.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";

  constructor(
    readonly source: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(issues.map((issue) => formatConfigIssue(source, issue)).join("\n"));
  }
}

export function formatConfigIssue(source: string, issue: ConfigIssue): string {
  const got = issue.got === undefined ? "" : `, got ${issue.got}`;
  const location = issue.location === undefined ? "" : `${issue.location}: `;
  return `${source}: ${location}${issue.path}: expected ${issue.expected}${got}.`;
}
