import { formatConfigIssue, type ConfigIssue } from "../config/config-error.js";

/**
 * A stack export that cannot be audited: not JSON, a schema version this tool does not read, or a
 * resource whose fields are not what `pulumi stack export` writes. Each line names the file, the
 * JSON path and what was expected there, as config errors do. Exit code 2.
 */
export class StateError extends Error {
  override readonly name = "StateError";

  constructor(
    readonly file: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(issues.map((issue) => formatConfigIssue(file, issue)).join("\n"));
  }
}
