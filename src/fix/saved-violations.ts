import { readFileSync } from "node:fs";
import type { SourceLocation } from "../check/check-result.js";
import { FixError } from "./fix-error.js";

/** One violation read from a saved report or an event log. */
export interface SavedViolation {
  readonly policy: string;
  readonly urn: string;
  /** The violation sentence, without the policy description or display markup. */
  readonly message: string;
  readonly frames?: readonly SourceLocation[] | undefined;
}

export interface SavedViolations {
  /** The Pulumi project the violations are for, when the file says. */
  readonly project?: string | undefined;
  readonly violations: readonly SavedViolation[];
}

const expectedFormats = "aigov check --format json output or a pulumi preview --event-log file";

/** The engine's display markup (`<{%reset%}>`) removed; the last line is the violation. */
function violationLine(message: string): string {
  const lines = message
    .replace(/<\{%[^%]*%\}>/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}

/** `urn:pulumi:<stack>::<project>::...` → the project. */
export function projectOfUrn(urn: string): string | undefined {
  return urn.split("::")[1];
}

function readReport(
  json: { violations: unknown; program?: { project?: unknown } },
  source: string,
): SavedViolations {
  if (!Array.isArray(json.violations))
    throw new FixError(`${source}: violations: expected a list.`);
  const violations = json.violations.map((entry: Record<string, unknown>, index) => {
    if (typeof entry.urn !== "string" || typeof entry.message !== "string") {
      throw new FixError(
        `${source}: violations[${String(index)}]: expected urn and message strings.`,
      );
    }
    const frames = Array.isArray(entry.frames) ? (entry.frames as SourceLocation[]) : undefined;
    return { policy: String(entry.policy), urn: entry.urn, message: entry.message, frames };
  });
  const project = typeof json.program?.project === "string" ? json.program.project : undefined;
  return { project, violations };
}

function readEventLog(text: string, source: string): SavedViolations {
  const violations: SavedViolation[] = [];
  let events = 0;
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    let event: { sequence?: unknown; policyEvent?: Record<string, unknown> };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      throw new FixError(
        `${source}:${String(index + 1)}: expected one JSON engine event per line.`,
      );
    }
    if (typeof event.sequence === "number") events++;
    const policyEvent = event.policyEvent;
    if (typeof policyEvent?.resourceUrn !== "string" || typeof policyEvent.message !== "string")
      continue;
    violations.push({
      policy: String(policyEvent.policyName),
      urn: policyEvent.resourceUrn,
      message: violationLine(policyEvent.message),
    });
  }
  if (events === 0)
    throw new FixError(`${source}: expected ${expectedFormats}; it has no engine events.`);
  return { project: violations[0] ? projectOfUrn(violations[0].urn) : undefined, violations };
}

/** Reads violations from `aigov check --format json` output or a `pulumi preview --event-log` file. */
export function readSavedViolations(file: string): SavedViolations {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new FixError(
      `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  if (!text.trim().startsWith("{")) throw new FixError(`${file}: expected ${expectedFormats}.`);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // Not one JSON document: an event log has one per line.
  }
  if (typeof document === "object" && document !== null && "violations" in document) {
    return readReport(document, file);
  }
  return readEventLog(text, file);
}
