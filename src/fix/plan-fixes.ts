import type { FixInput, ManualStep, PlannedFix } from "./fix-input.js";
import { PlanContext } from "./plan-context.js";
import { planMissingTags } from "./plan-missing-tags.js";
import { formatFinding } from "../violations/format-message.js";
import { modelFixCodes, planModels } from "./plan-models.js";
import { planTagKeys } from "./plan-tag-keys.js";
import type { ProgramFiles } from "./program-files.js";
import { applyEdits, normalizeEdits } from "./text-edit.js";

/** Codes the planners handle, each with an edit or an instruction of its own. */
const plannedCodes = new Set([
  "missing-tags",
  "misspelled-tag-key",
  "empty-tag-value",
  "tag-value-not-allowed",
  "tag-value-mismatch",
  ...modelFixCodes,
]);

/** One file the plan changes: its text as read, and as it will be. */
export interface FileChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

export interface FixPlan {
  readonly changes: readonly FileChange[];
  /** The program's files as the plan read and parsed them. */
  readonly files: ProgramFiles;
  readonly fixed: readonly PlannedFix[];
  readonly manual: readonly ManualStep[];
}

/**
 * Turns violations into edits of the program's own source (and stack file): missing tags, key
 * spellings, tag values named with `--tag`, model replacements. What cannot be edited safely is a
 * manual step with its place and reason, and gets no edit at all.
 *
 * @example
 * const plan = planFixes(input);
 * for (const change of plan.changes) console.log(change.path);
 */
export function planFixes(input: FixInput): FixPlan {
  const plan = new PlanContext(input);
  planMissingTags(plan);
  planTagKeys(plan);
  planModels(plan);
  // Everything else (a scoped model, a tag the cloud rejects, a cost limit, a malformed tag)
  // needs a decision the source cannot show: its own sentence says what to change.
  for (const finding of input.findings) {
    const resource = plan.resourcesByUrn.get(finding.urn);
    if (resource && !plannedCodes.has(finding.detail.code))
      plan.addManual([resource], formatFinding(finding.detail));
  }

  const edits = normalizeEdits(plan.edits);
  const changes: FileChange[] = [];
  for (const path of [...new Set(edits.map((e) => e.file))]) {
    const before = plan.files.readText(path) ?? "";
    const after = applyEdits(
      before,
      edits.filter((e) => e.file === path),
    );
    if (after !== before) changes.push({ path, before, after });
  }
  return { changes, files: plan.files, fixed: plan.fixed, manual: plan.manual };
}
