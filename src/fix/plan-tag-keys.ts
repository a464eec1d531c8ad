import * as ts from "typescript";
import type { FixFinding, FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { renameStackConfigKey, setStackConfigValue } from "./stack-yaml.js";
import { formatKey, renameKeyEdit, replaceStringEdit } from "./syntax.js";
import { findTagDefinition, literalValueOf, type TagDefinition } from "./tag-definition.js";
import type { TextEdit } from "./text-edit.js";
import { resolveString } from "./value-origin.js";

function stackFileText(plan: PlanContext, path: string) {
  return { path, text: plan.files.readText(path) ?? "" };
}

/** Renames a misspelt tag key where it is written, keeping its value. */
function planRename(
  plan: PlanContext,
  resource: FixResource,
  found: string,
  expected: string,
): void {
  const definition = findTagDefinition(plan, resource, found);
  let edit: TextEdit | string;
  if (definition === undefined)
    edit = `tag key ${JSON.stringify(found)} is not written where the fixer can follow it`;
  else if (definition.kind === "unknown") edit = definition.reason;
  else if (definition.kind === "stack-config") {
    edit = renameStackConfigKey(
      stackFileText(plan, definition.file),
      plan.input.project,
      "aws:defaultTags",
      ["tags", found],
      expected,
    );
  } else {
    const { origin, property } = definition;
    edit = ts.isShorthandPropertyAssignment(property)
      ? {
          file: origin.file.path,
          start: property.getStart(origin.file.sourceFile),
          end: property.end,
          text: `${formatKey(expected, origin.file.quote)}: ${property.name.text}`,
        }
      : renameKeyEdit(origin.file, property.name, expected);
  }
  if (typeof edit === "string") {
    plan.addManual(
      [resource],
      `rename tag key ${JSON.stringify(found)} to ${JSON.stringify(expected)}: ${edit}.`,
    );
    return;
  }
  plan.edits.push(edit);
  plan.fixed.push({
    code: "misspelled-tag-key",
    urns: [resource.urn],
    summary: `rename tag key ${JSON.stringify(found)} to ${JSON.stringify(expected)}`,
  });
}

/**
 * The edit that sets a tag to a value: where the key is written with a literal beside it, or in
 * the stack file. A value that comes from a constant or a variable is left to a person: other
 * code may use it (a resource name built from it would change, and Pulumi would replace it).
 */
function valueEdit(
  plan: PlanContext,
  resource: FixResource,
  key: string,
  value: string,
): TextEdit | string {
  const definition = findTagDefinition(plan, resource, key);
  if (definition === undefined)
    return `tag ${JSON.stringify(key)} is not written where the fixer can follow it`;
  if (definition.kind === "unknown") return definition.reason;
  if (definition.kind === "stack-config") {
    return setStackConfigValue(
      stackFileText(plan, definition.file),
      plan.input.project,
      "aws:defaultTags",
      value,
      ["tags", key],
    );
  }
  const literal = literalValueOf(definition);
  if (literal) return replaceStringEdit(definition.origin.file, literal, value);
  const { property, origin } = definition;
  if (ts.isPropertyAssignment(property)) {
    const source = resolveString(
      plan.originContext(definition.owner),
      origin.file,
      property.initializer,
      origin.frame,
    );
    if (source.kind === "stack-config" && plan.input.stackFile !== undefined) {
      return setStackConfigValue(
        stackFileText(plan, plan.input.stackFile),
        plan.input.project,
        source.key,
        value,
      );
    }
  }
  const at = plan.files.where(origin.file, property.getStart(origin.file.sourceFile));
  return `its value at ${at} is not a literal, and other code may use where it comes from`;
}

/**
 * Replaces an invalid tag value, but only with the value `--tag` names for that key: a tag can
 * be an access control, so the fixer never overwrites one on its own judgement.
 */
function planValue(plan: PlanContext, resource: FixResource, key: string, expected: string): void {
  const value = plan.input.tagValues.get(key);
  if (value === undefined) {
    plan.addManual(
      [resource],
      `set tag ${JSON.stringify(key)} to ${expected}; ` +
        `pass --tag ${key}=<value> to have it written.`,
    );
    return;
  }
  const edit = valueEdit(plan, resource, key, value);
  if (typeof edit === "string") {
    plan.addManual(
      [resource],
      `set tag ${JSON.stringify(key)} to ${JSON.stringify(value)} by hand: ${edit}.`,
    );
    return;
  }
  plan.edits.push(edit);
  plan.fixed.push({
    code: "tag-value-not-allowed",
    urns: [resource.urn],
    summary: `set tag ${JSON.stringify(key)} to ${JSON.stringify(value)} (from --tag)`,
  });
}

function expectationOf(detail: FixFinding["detail"]): string {
  switch (detail.code) {
    case "tag-value-not-allowed":
      return `one of ${detail.allowed.map((v) => JSON.stringify(v)).join(", ")}`;
    case "tag-value-mismatch":
      return `a value matching /${detail.pattern}/`;
    default:
      return "a non-empty value";
  }
}

/** Where a definition is written: one object literal, or the stack file's default tags. */
function placeOf(definition: TagDefinition | undefined): unknown {
  if (definition?.kind === "source") return definition.property.parent;
  return definition?.kind === "stack-config" ? definition.file : undefined;
}

/**
 * Whether two spellings of one required key are written in the same place: renaming both there
 * would write the key twice, and which value is right is for a person to say. Spellings in
 * different places (the default tags and the resource's own) are each renamed: the resource's
 * own then wins, as it did for the value its author meant.
 */
function spellingsClash(plan: PlanContext, resource: FixResource, spellings: string[]): boolean {
  if (spellings.length < 2) return false;
  const places = spellings.map((found) => placeOf(findTagDefinition(plan, resource, found)));
  return places.some((place, index) => place !== undefined && places.indexOf(place) !== index);
}

/** The misspelt keys of each resource's required tag: `urn` then expected key to spellings. */
function spellingsByTag(findings: readonly FixFinding[]): Map<string, Map<string, string[]>> {
  const byResource = new Map<string, Map<string, string[]>>();
  for (const { urn, detail } of findings) {
    if (detail.code !== "misspelled-tag-key") continue;
    const byTag = byResource.get(urn) ?? new Map<string, string[]>();
    byResource.set(urn, byTag);
    byTag.set(detail.expected, [...(byTag.get(detail.expected) ?? []), detail.found]);
  }
  return byResource;
}

/** Plans the tag findings that are about a key already present: misspellings and bad values. */
export function planTagKeys(plan: PlanContext): void {
  const spellings = spellingsByTag(plan.input.findings);
  for (const finding of plan.input.findings) {
    const resource = plan.resourcesByUrn.get(finding.urn);
    if (!resource) continue;
    const detail = finding.detail;
    if (detail.code === "misspelled-tag-key") {
      const all = spellings.get(finding.urn)?.get(detail.expected) ?? [detail.found];
      if (spellingsClash(plan, resource, all)) {
        const others = all.filter((found) => found !== detail.found).map((f) => JSON.stringify(f));
        plan.addManual(
          [resource],
          `rename tag key ${JSON.stringify(detail.found)} to ${JSON.stringify(detail.expected)} ` +
            `or remove it: ${others.join(", ")} spells the same key in the same place; keep the ` +
            "one whose value is right.",
        );
      } else planRename(plan, resource, detail.found, detail.expected);
    }
    if (
      detail.code === "empty-tag-value" ||
      detail.code === "tag-value-not-allowed" ||
      detail.code === "tag-value-mismatch"
    ) {
      planValue(plan, resource, detail.key, expectationOf(detail));
    }
  }
}
