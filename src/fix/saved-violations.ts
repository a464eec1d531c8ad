import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import type { SourceLocation } from "../check/check-result.js";
import { syntaxErrorLocation } from "../config/text-location.js";
import { FixError } from "./fix-error.js";
import { describeOtherSavedFile } from "./other-saved-file.js";

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

/** The file as one JSON document, or why it is not one. */
function parseDocument(text: string): { json: unknown } | { error: string } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether the first non-blank line is JSON by itself, as every line of an event log is. */
function firstLineIsJson(text: string): boolean {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  return "json" in parseDocument(line);
}

/**
 * Reads violations from `aigov check --format json` output or a `pulumi preview --event-log` file.
 * A file that is neither is refused saying what it looks like (the tool's other reports, its
 * config), or else where it stopped being JSON.
 */
export function readSavedViolations(file: string): SavedViolations {
  let text: string;
  try {
    // A byte-order mark, as some Windows editors and shells write, is not part of the JSON.
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new FixError(
      `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  if (!text.trim().startsWith("{")) throw new FixError(`${file}: expected ${expectedFormats}.`);
  const document = parseDocument(text);
  if ("json" in document) {
    const json = document.json;
    if (typeof json === "object" && json !== null && "violations" in json) {
      return readReport(json, file);
    }
    // An event log of one line is one JSON document too.
    if (typeof (json as { sequence?: unknown }).sequence === "number")
      return readEventLog(text, file);
    const other = describeOtherSavedFile(json);
    throw new FixError(
      `${file}: expected ${expectedFormats}; ` +
        (other === undefined
          ? "it is one JSON document with no violations list."
          : `this looks like ${other}.`),
    );
  }
  // A document spread over lines (as aigov writes its reports) that does not parse: an event log
  // would have a whole event on its first line, so say where the document broke instead.
  if (!firstLineIsJson(text)) {
    // V8 gives no position for a document cut short: it broke at the end.
    const location = syntaxErrorLocation(text, document.error);
    throw new FixError(
      `${file}: ${location === "$" ? "" : `${location}: `}expected valid JSON ` +
        `(${expectedFormats}), got ${document.error}.`,
    );
  }
  return readEventLog(text, file);
}
