import { readFileSync } from "node:fs";
import type { SourceLocation } from "../check/check-result.js";
import { readPulumiProject, readStackFile, selectStack } from "../runner/pulumi-project.js";
import { buildStackConfig } from "../runner/stack-config.js";
import { parseFinding } from "../violations/parse-message.js";
import { FixError } from "./fix-error.js";
import type { FixFinding, FixInput, FixResource } from "./fix-input.js";
import { isViolation, stackFileOf } from "./input-from-check.js";
import { discoverProgramFiles, programEntryFile } from "./program-entry.js";
import { ProgramFiles } from "./program-files.js";
import { locateStatically } from "./static-locate.js";

/** One violation read from a saved report or an event log. */
interface SavedViolation {
  readonly policy: string;
  readonly urn: string;
  readonly message: string;
  readonly frames?: readonly SourceLocation[] | undefined;
}

/** `urn:pulumi:<stack>::<project>::<qualified type>::<name>` → the resource's own type and name. */
function typeAndName(urn: string): { stack: string; type: string; name: string } {
  const parts = urn.split("::");
  return {
    stack: (parts[0] ?? "").replace(/^urn:pulumi:/, ""),
    type: (parts[2] ?? "").split("$").pop() ?? "",
    name: parts.slice(3).join("::"),
  };
}

/** The engine's display markup (`<{%reset%}>`) removed; the last line is the violation. */
function violationLine(message: string): string {
  const lines = message
    .replace(/<\{%[^%]*%\}>/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}

function readReport(json: { violations?: unknown }, source: string): SavedViolation[] {
  if (!Array.isArray(json.violations))
    throw new FixError(`${source}: violations: expected a list.`);
  return json.violations.map((entry: Record<string, unknown>, index) => {
    if (typeof entry.urn !== "string" || typeof entry.message !== "string") {
      throw new FixError(
        `${source}: violations[${String(index)}]: expected urn and message strings.`,
      );
    }
    const frames = Array.isArray(entry.frames) ? (entry.frames as SourceLocation[]) : undefined;
    return { policy: String(entry.policy), urn: entry.urn, message: entry.message, frames };
  });
}

function readEventLog(text: string, source: string): SavedViolation[] {
  const violations: SavedViolation[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    let event: { policyEvent?: Record<string, unknown> };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      throw new FixError(
        `${source}:${String(index + 1)}: expected one JSON engine event per line.`,
      );
    }
    const policyEvent = event.policyEvent;
    if (
      !policyEvent ||
      typeof policyEvent.resourceUrn !== "string" ||
      typeof policyEvent.message !== "string"
    )
      continue;
    violations.push({
      policy: String(policyEvent.policyName),
      urn: policyEvent.resourceUrn,
      message: violationLine(policyEvent.message),
    });
  }
  return violations;
}

/** Reads violations from `aigov check --format json` output or a `pulumi preview --event-log` file. */
export function readSavedViolations(file: string): SavedViolation[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new FixError(
      `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  const trimmed = text.trim();
  if (trimmed.startsWith("{") && !trimmed.includes("\n{")) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new FixError(
        `${file}: expected aigov check --format json output: ${(error as Error).message}.`,
      );
    }
    if (typeof json === "object" && json !== null && "violations" in json)
      return readReport(json, file);
  }
  if (trimmed.startsWith("{")) return readEventLog(text, file);
  throw new FixError(
    `${file}: expected aigov check --format json output or a pulumi preview --event-log file.`,
  );
}

/**
 * What `aigov fix --from` plans from: the saved violations, located by the frames a report
 * carries or, for an event log, by finding each resource's constructor call in the source.
 */
export function fixInputFromFile(
  programDir: string,
  file: string,
  stack: string | undefined,
  tagValues: ReadonlyMap<string, string>,
): FixInput {
  const saved = readSavedViolations(file);
  const project = readPulumiProject(programDir);
  const stackInUrn = typeAndName(saved[0]?.urn ?? "").stack;
  const stackName = stack ?? (stackInUrn !== "" ? stackInUrn : selectStack(project, undefined));
  const stackConfig = buildStackConfig(project, readStackFile(project, stackName));

  const files = new ProgramFiles(project.directory);
  const entry = programEntryFile(project.directory, project.main);
  const paths = entry === undefined ? [] : discoverProgramFiles(files, entry);
  const resources = new Map<string, FixResource>();
  const findings: FixFinding[] = [];
  for (const violation of saved) {
    const detail = parseFinding(violation.message);
    if (!isViolation(detail)) continue;
    const { type, name } = typeAndName(violation.urn);
    if (!resources.has(violation.urn)) {
      const located =
        violation.frames ??
        [locateStatically(files, paths, type, name)].filter((l) => l !== undefined);
      resources.set(violation.urn, {
        urn: violation.urn,
        type,
        name,
        custom: true,
        frames: located,
      });
    }
    findings.push({ policy: violation.policy, urn: violation.urn, detail });
  }
  return {
    programDir: project.directory,
    project: project.name,
    stackFile: stackFileOf(project.directory, stackName),
    stackConfig: stackConfig.values,
    resources: [...resources.values()],
    findings,
    tagValues,
  };
}
