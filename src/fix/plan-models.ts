import * as ts from "typescript";
import type { ModelRef } from "../violations/violation-detail.js";
import { bindingOf } from "./bindings.js";
import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { setStackConfigValue } from "./stack-yaml.js";
import {
  findProperty,
  insertPropertiesEdit,
  quoteString,
  replaceStringEdit,
  skipWrappers,
} from "./syntax.js";
import { argsObject } from "./tag-layout.js";
import type { TextEdit } from "./text-edit.js";
import {
  findEffectiveProperty,
  resolveObject,
  resolveString,
  type ObjectOrigin,
  type OriginContext,
} from "./value-origin.js";

type Step = { readonly property: string; readonly index?: number | undefined };

function parseField(field: string): Step[] {
  return field.split(".").map((segment) => {
    const match = /^(.+?)\[(\d+)\]$/.exec(segment);
    return match
      ? { property: match[1] as string, index: Number(match[2]) }
      : { property: segment };
  });
}

function resolveArrayElement(expression: ts.Expression, index: number): ts.Expression | string {
  let value = skipWrappers(expression);
  if (ts.isIdentifier(value)) {
    const binding = bindingOf(value);
    if (binding?.kind === "const") value = skipWrappers(binding.initializer);
  }
  if (!ts.isArrayLiteralExpression(value))
    return "the list is computed, not written as an array literal";
  if (value.elements.slice(0, index + 1).some((e) => ts.isSpreadElement(e)))
    return "the list is built with a spread";
  return value.elements[index] ?? "the list is shorter than at run time";
}

/**
 * Follows a finding's field path (`variants[0].modelId`) to the property that sets the value at
 * run time, spreads included: a default in a factory overridden by `...overrides` is not it.
 */
function findField(
  context: OriginContext,
  args: ObjectOrigin,
  field: string,
): { origin: ObjectOrigin; property: ts.PropertyAssignment } | string {
  let origin = args;
  const steps = parseField(field);
  for (const [position, step] of steps.entries()) {
    const found = findEffectiveProperty(context, origin, step.property);
    if (found === undefined) return `${step.property} is not written where the fixer can follow it`;
    if ("unsupported" in found) return found.unsupported;
    const { property } = found;
    if (!ts.isPropertyAssignment(property)) return `${step.property} is a shorthand property`;
    const isLast = position === steps.length - 1;
    if (isLast && step.index === undefined) return { origin: found.origin, property };
    let expression: ts.Expression = property.initializer;
    if (step.index !== undefined) {
      const element = resolveArrayElement(expression, step.index);
      if (typeof element === "string") return element;
      expression = element;
    }
    const next = resolveObject(context, found.origin.file, expression, found.origin.frame);
    if ("unsupported" in next) return next.unsupported;
    if (isLast) return "the field is a list element, not a property";
    origin = next;
  }
  return "the field path is empty";
}

/** An edit that writes `value` where the property's string comes from. */
function writeString(
  plan: PlanContext,
  context: OriginContext,
  origin: ObjectOrigin,
  property: ts.PropertyAssignment,
  value: string,
): TextEdit | string {
  const source = resolveString(context, origin.file, property.initializer, origin.frame);
  if (source.kind === "literal") return replaceStringEdit(source.file, source.literal, value);
  if (source.kind === "stack-config") {
    const stackFile = plan.input.stackFile;
    const text = stackFile === undefined ? undefined : plan.files.readText(stackFile);
    if (stackFile === undefined || text === undefined)
      return `${source.key} is read from stack config, and the stack has no Pulumi.<stack>.yaml`;
    return setStackConfigValue({ path: stackFile, text }, plan.input.project, source.key, value);
  }
  const at = plan.files.where(source.file, source.node.getStart(source.file.sourceFile));
  return `${at}: ${source.reason}`;
}

/** Sets `version` in an Azure model object: replace where it is written, or add it. */
function writeVersion(
  plan: PlanContext,
  context: OriginContext,
  model: ObjectOrigin,
  version: string,
): TextEdit | string {
  const existing = findProperty(model.object, "version");
  if (existing && ts.isPropertyAssignment(existing))
    return writeString(plan, context, model, existing, version);
  if (existing) return "its version is a shorthand property";
  return insertPropertiesEdit(model.file, model.object, [
    ["version", quoteString(version, model.file.quote)],
  ]);
}

interface ModelChange {
  readonly code: "unapproved-model" | "model-version-not-approved" | "model-retired";
  readonly field: string;
  /** The model (identity as written) to write, if it changes. */
  readonly value?: string | undefined;
  /** The Azure OpenAI version to write, if it changes. */
  readonly version?: string | undefined;
  readonly summary: string;
}

/** The args object of a resource's constructor call, or why it cannot be followed. */
function argsOf(context: OriginContext, resource: FixResource): ObjectOrigin | string {
  const found = argsObject(context, resource);
  return typeof found === "string" ? found : found.args;
}

/** The property a finding's field names, followed from the resource's constructor call. */
function locateModelField(
  context: OriginContext,
  resource: FixResource,
  field: string,
): { origin: ObjectOrigin; property: ts.PropertyAssignment } | string {
  const args = argsOf(context, resource);
  return typeof args === "string" ? args : findField(context, args, field);
}

/** Sets `versionUpgradeOption` to `NoAutoUpgrade` beside an Azure model, writing or adding it. */
function planUpgradeOption(
  plan: PlanContext,
  resource: FixResource,
  field: string,
  summary: string,
): void {
  const context = plan.originContext(resource);
  const parentPath = field.includes(".") ? field.slice(0, field.lastIndexOf(".")) : "";
  const args = argsOf(context, resource);
  let edit: TextEdit | string;
  if (typeof args === "string") edit = args;
  else {
    const parent = parentPath === "" ? { origin: args } : findField(context, args, parentPath);
    const holder =
      typeof parent === "string"
        ? parent
        : "property" in parent
          ? resolveObject(
              context,
              parent.origin.file,
              parent.property.initializer,
              parent.origin.frame,
            )
          : parent.origin;
    if (typeof holder === "string") edit = holder;
    else if ("unsupported" in holder) edit = holder.unsupported;
    else {
      const existing = findProperty(holder.object, "versionUpgradeOption");
      edit =
        existing && ts.isPropertyAssignment(existing)
          ? writeString(plan, context, holder, existing, "NoAutoUpgrade")
          : existing
            ? "versionUpgradeOption is a shorthand property"
            : insertPropertiesEdit(holder.file, holder.object, [
                ["versionUpgradeOption", quoteString("NoAutoUpgrade", holder.file.quote)],
              ]);
    }
  }
  if (typeof edit === "string") {
    plan.addManual([resource], `${summary} by hand: ${edit}.`);
    return;
  }
  plan.edits.push(edit);
  plan.fixed.push({ code: "model-auto-upgrade", urns: [resource.urn], summary });
}

/** The edits of one change: a model string, or an Azure model object's name and version. */
function modelEdits(
  plan: PlanContext,
  context: OriginContext,
  located: { origin: ObjectOrigin; property: ts.PropertyAssignment },
  change: ModelChange,
): (TextEdit | string)[] {
  const isModelObject =
    change.version !== undefined ||
    ts.isObjectLiteralExpression(skipWrappers(located.property.initializer));
  if (!isModelObject) {
    return change.value === undefined
      ? []
      : [writeString(plan, context, located.origin, located.property, change.value)];
  }
  const { origin, property } = located;
  const model = resolveObject(context, origin.file, property.initializer, origin.frame);
  if ("unsupported" in model) return [model.unsupported];
  const edits: (TextEdit | string)[] = [];
  if (change.value !== undefined) {
    const name = findProperty(model.object, "name");
    edits.push(
      name && ts.isPropertyAssignment(name)
        ? writeString(plan, context, model, name, change.value)
        : "its model name is not a plain property",
    );
  }
  if (change.version !== undefined) edits.push(writeVersion(plan, context, model, change.version));
  return edits;
}

/** Plans one change, or a manual step when any part of it cannot be written. */
function planChange(plan: PlanContext, resource: FixResource, change: ModelChange): void {
  const context = plan.originContext(resource);
  const located = locateModelField(context, resource, change.field);
  const edits =
    typeof located === "string" ? [located] : modelEdits(plan, context, located, change);

  const blocked = edits.find((e): e is string => typeof e === "string");
  if (blocked !== undefined) {
    plan.addManual([resource], `${change.summary} by hand: ${blocked}.`);
    return;
  }
  const writes = edits.filter((e): e is TextEdit => typeof e !== "string");
  // The source already says what the change would write: a saved report older than the source
  // (`aigov fix --from` says so), so there is nothing to fix, and no fix to claim.
  if (writes.length > 0 && writes.every((write) => isNoOp(plan, write))) return;
  plan.edits.push(...writes);
  plan.fixed.push({ code: change.code, urns: [resource.urn], summary: change.summary });
}

function isNoOp(plan: PlanContext, edit: TextEdit): boolean {
  return plan.files.readText(edit.file)?.slice(edit.start, edit.end) === edit.text;
}

/** After pinning an Azure version, keep Azure from upgrading it: the next check would ask. */
function pinVersion(plan: PlanContext, resource: FixResource, modelField: string): void {
  const field = modelField.replace(/[^.]+$/, "versionUpgradeOption");
  planUpgradeOption(plan, resource, field, `set ${field} to "NoAutoUpgrade"`);
}

/** Replaces a model with a configured one, with the version its approved entry pins on Azure. */
function planReplacement(
  plan: PlanContext,
  resource: FixResource,
  detail: { code: ModelChange["code"]; field: string; model: ModelRef; replacement: ModelRef },
  isAzure: boolean,
): void {
  const { replacement } = detail;
  const versionText =
    replacement.version === undefined ? "" : ` version ${JSON.stringify(replacement.version)}`;
  planChange(plan, resource, {
    code: detail.code,
    field: detail.field,
    value: replacement.value,
    version: isAzure ? replacement.version : undefined,
    summary:
      `replace model ${JSON.stringify(detail.model.value)} in ${detail.field} ` +
      `with ${JSON.stringify(replacement.value)}${versionText}`,
  });
  if (isAzure && replacement.version !== undefined) pinVersion(plan, resource, detail.field);
}

/** The model findings this planner writes fixes for; others are left to the generic step. */
export const modelFixCodes = new Set([
  "unapproved-model",
  "model-version-not-approved",
  "model-auto-upgrade",
  "model-retired",
]);

/**
 * Plans model findings: write the configured replacement where the model string is defined (the
 * literal, its `const`, the factory argument, or the stack config key), with the version an
 * Azure OpenAI entry pins and no automatic upgrade off it; a model with no replacement
 * configured needs a person to choose.
 */
export function planModels(plan: PlanContext): void {
  for (const finding of plan.input.findings) {
    const resource = plan.resourcesByUrn.get(finding.urn);
    const detail = finding.detail;
    if (!resource) continue;
    if (detail.code === "unapproved-model" || detail.code === "model-retired") {
      const isAzure =
        resource.type.includes("cognitive") || resource.type.includes("machinelearning");
      if (detail.replacement) {
        planReplacement(plan, resource, { ...detail, replacement: detail.replacement }, isAzure);
        continue;
      }
      const choices =
        detail.code === "model-retired"
          ? `it retired on ${detail.retired}`
          : detail.approved.length === 0
            ? `no ${detail.provider} model is approved`
            : `approved: ${detail.approved.join(", ")}`;
      plan.addManual(
        [resource],
        `choose an approved model for ${detail.field} ` +
          `instead of ${JSON.stringify(detail.model.value)} (${choices}).`,
      );
    }
    if (detail.code === "model-auto-upgrade") {
      planUpgradeOption(plan, resource, detail.field, `set ${detail.field} to "NoAutoUpgrade"`);
    }
    if (detail.code === "model-version-not-approved") {
      planChange(plan, resource, {
        code: detail.code,
        field: detail.field,
        version: detail.approvedVersion,
        summary:
          `set the version of model ${JSON.stringify(detail.model.value)} in ${detail.field} ` +
          `to ${JSON.stringify(detail.approvedVersion)}`,
      });
      pinVersion(plan, resource, detail.field);
    }
  }
}
