import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import type { SourceLocation } from "../check/check-result.js";
import { FixError } from "./fix-error.js";

/** One violation read from a saved report or an event log. */
export interface SavedViolation {
  readonly policy: string;
  readonly level: string;
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

/** The levels the engine reports a policy event at; anything else is not this tool's output. */
const levels = ["advisory", "mandatory", "remediate"];

/** An enforcement level as written in a file, or a FixError naming the place. */
function readLevel(value: unknown, where: string): string {
  if (typeof value === "string" && levels.includes(value)) return value;
  const got = value === undefined ? "none" : JSON.stringify(value);
  throw new FixError(
    `${where}: expected one of ${levels.map((l) => JSON.stringify(l)).join(", ")}, got ${got}.`,
  );
}

/** A report's frames, each a program-relative file with a line and column. */
function readFrames(value: unknown, where: string): SourceLocation[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new FixError(`${where}.frames: expected a list.`);
  return value.map((frame: unknown, index) => {
    const f = frame as Partial<SourceLocation> | null;
    const at = `${where}.frames[${String(index)}]`;
    if (
      typeof f !== "object" ||
      f === null ||
      typeof f.file !== "string" ||
      typeof f.line !== "number" ||
      typeof f.column !== "number"
    ) {
      throw new FixError(`${at}: expected { file, line, column }.`);
    }
    if (isAbsolute(f.file) || f.file.split(/[\\/]/).includes("..")) {
      throw new FixError(
        `${at}.file: expected a path inside the program directory, got ${JSON.stringify(f.file)}.`,
      );
    }
    return { file: f.file, line: f.line, column: f.column };
  });
}

function readReport(
  json: { violations: unknown; program?: { project?: unknown } },
  source: string,
): SavedViolations {
  if (!Array.isArray(json.violations))
    throw new FixError(`${source}: violations: expected a list.`);
  const violations = json.violations.map((entry: unknown, index) => {
    const where = `${source}: violations[${String(index)}]`;
    const e = entry as Record<string, unknown> | null;
    if (
      typeof e !== "object" ||
      e === null ||
      typeof e.urn !== "string" ||
      typeof e.message !== "string"
    ) {
      throw new FixError(`${where}: expected an object with urn and message strings.`);
    }
    return {
      policy: String(e.policy),
      level: readLevel(e.enforcementLevel, `${where}.enforcementLevel`),
      urn: e.urn,
      message: e.message,
      frames: readFrames(e.frames, where),
    };
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
      level: readLevel(
        policyEvent.enforcementLevel,
        `${source}:${String(index + 1)}: policyEvent.enforcementLevel`,
      ),
      urn: policyEvent.resourceUrn,
      message: violationLine(policyEvent.message),
    });
  }
  if (events === 0)
    throw new FixError(`${source}: expected ${expectedFormats}; it has no engine events.`);
  return { project: violations[0] ? projectOfUrn(violations[0].urn) : undefined, violations };
}

/**
 * Reads violations from `aigov check --format json` output or a `pulumi preview --event-log` file.
 */
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
