import type { FixInput, ManualStep, PlannedFix } from "./fix-input.js";
import { PlanContext } from "./plan-context.js";
import { planMissingTags } from "./plan-missing-tags.js";
import { planModels } from "./plan-models.js";
import { planTagKeys } from "./plan-tag-keys.js";
import { applyEdits, normalizeEdits } from "./text-edit.js";

/** One file the plan changes: its text as read, and as it will be. */
export interface FileChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

export interface FixPlan {
  readonly changes: readonly FileChange[];
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
  for (const finding of input.findings) {
    const resource = plan.resourcesByUrn.get(finding.urn);
    if (resource && finding.detail.code === "malformed-tag-value") {
      const { key, shape } = finding.detail;
      plan.addManual([resource], `make tag ${JSON.stringify(key)} a string; it is ${shape}.`);
    }
    if (resource && finding.detail.code === "malformed-tags") {
      plan.addManual([resource], `make tags a map of strings; it is ${finding.detail.shape}.`);
    }
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
  return { changes, fixed: plan.fixed, manual: plan.manual };
}
