import {
  readPulumiProject,
  readStackFile,
  selectStack,
  stackFiles,
  type PulumiProject,
} from "../runner/pulumi-project.js";
import { buildStackConfig } from "../runner/stack-config.js";
import { parseFinding } from "../violations/parse-message.js";
import { FixError } from "./fix-error.js";
import type { FixFinding, FixInput, FixResource } from "./fix-input.js";
import type { CompiledRequiredTag } from "../policies/evaluate-required-tags.js";
import { needsFixing, stackFileOf } from "./input-from-check.js";
import { discoverProgramFiles, programEntryFile } from "./program-entry.js";
import { ProgramFiles } from "./program-files.js";
import { readSavedViolations } from "./saved-violations.js";
import { callAtReportedPlace, locateStatically } from "./static-locate.js";
import type { SourceLocation } from "../check/check-result.js";
import { displayType } from "../report/display-type.js";

/**
 * `urn:pulumi:<stack>::<project>::<qualified type>::<name>` → the resource's own type and name.
 */
function typeAndName(urn: string): { stack: string; type: string; name: string } {
  const parts = urn.split("::");
  return {
    stack: (parts[0] ?? "").replace(/^urn:pulumi:/, ""),
    type: (parts[2] ?? "").split("$").pop() ?? "",
    name: parts.slice(3).join("::"),
  };
}

/**
 * Where a saved violation's resource is constructed: its report's frames while the innermost
 * still holds the resource's call, else the call found by class and name (and the place the
 * report gave, which the user is told no longer matches). A report of a deployed
 * stack (`aigov check --state`) has no frames, as an event log has none, and a report older than
 * the source may point at another resource's call: both are found by class and name alike.
 */
function locate(
  files: ProgramFiles,
  paths: readonly string[],
  frames: readonly SourceLocation[] | undefined,
  type: string,
  name: string,
): { located: readonly SourceLocation[]; movedFrom?: SourceLocation } {
  const place = frames?.[0];
  if (frames !== undefined && place !== undefined) {
    if (callAtReportedPlace(files, place, type, name) !== "moved") return { located: frames };
  }
  const found = [locateStatically(files, paths, type, name)].filter((l) => l !== undefined);
  return { located: found, movedFrom: place };
}

/**
 * The stack whose config the plan reads. A stack named with --stack is read as aigov check reads
 * it (`org/project/stack` forms; its file must exist when the project has stack files), and must
 * be the stack the violations are for: another stack's findings describe that stack's config, and
 * a model fix there would replace a value this stack may have approved. Without --stack the
 * violations' own stack is used; when it has no file among others, the plan runs without its
 * config, which the user should hear of.
 */
function savedStack(
  project: PulumiProject,
  file: string,
  stackInUrn: string,
  asked: string | undefined,
  warn: (message: string) => void,
): string {
  if (asked !== undefined) {
    const named = selectStack(project, asked);
    if (stackInUrn !== "" && stackInUrn !== named) {
      throw new FixError(
        `${file}: its violations are for stack ${JSON.stringify(stackInUrn)}, ` +
          `not ${JSON.stringify(named)} named with --stack; ` +
          `run aigov check --stack ${named} for a report of that stack.`,
      );
    }
    return named;
  }
  if (stackInUrn === "") return selectStack(project, undefined);
  const stacks = stackFiles(project);
  if (stacks.length > 0 && !stacks.includes(stackInUrn)) {
    warn(
      `${file}: its violations are for stack ${JSON.stringify(stackInUrn)}, which has no ` +
        `Pulumi.${stackInUrn}.yaml here (the stacks here are ${stacks.join(", ")}); ` +
        "planning without stack config.",
    );
  }
  return stackInUrn;
}

/**
 * What `aigov fix --from` plans from: the saved violations, located by the frames a report
 * carries or, for an event log or a deployed stack's report, by finding each resource's
 * constructor call in the source.
 */
export function fixInputFromFile(
  programDir: string,
  file: string,
  stack: string | undefined,
  tagValues: ReadonlyMap<string, string>,
  requiredTags: readonly CompiledRequiredTag[],
  /** Told what the user should know about the saved file: it is planned from all the same. */
  warn: (message: string) => void = () => undefined,
): FixInput {
  const saved = readSavedViolations(file);
  const project = readPulumiProject(programDir);
  if (saved.project !== undefined && saved.project !== project.name) {
    // The directory quoted as typed, as aigov fix --write names it: a bare `.` read as `..`.
    throw new FixError(
      `${file}: its violations are for project ${JSON.stringify(saved.project)}, ` +
        `not ${JSON.stringify(project.name)} in ${JSON.stringify(programDir)}.`,
    );
  }
  const stackInUrn = typeAndName(saved.violations[0]?.urn ?? "").stack;
  const stackName = savedStack(project, file, stackInUrn, stack, warn);
  const stackConfig = buildStackConfig(project, readStackFile(project, stackName));

  const files = new ProgramFiles(project.directory);
  const entry = programEntryFile(project.directory, project.main);
  const paths = entry === undefined ? [] : discoverProgramFiles(files, entry);
  const resources = new Map<string, FixResource>();
  const findings: FixFinding[] = [];
  for (const violation of saved.violations) {
    const detail = parseFinding(violation.message);
    if (!needsFixing(detail, violation.level)) continue;
    const { type, name } = typeAndName(violation.urn);
    if (!resources.has(violation.urn)) {
      const { located, movedFrom } = locate(files, paths, violation.frames, type, name);
      if (movedFrom !== undefined) {
        const found = located[0];
        warn(
          `${file}: its place for ${displayType(type)} ${JSON.stringify(name)}, ` +
            `${movedFrom.file}:${String(movedFrom.line)}, no longer matches the source; ` +
            (found === undefined
              ? "its call is not found by class and name either."
              : `found by class and name at ${found.file}:${String(found.line)}.`),
        );
      }
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
    complete: false,
    requiredTags,
    // Every program file was parsed to find the calls: planning reads the same trees.
    files,
  };
}
