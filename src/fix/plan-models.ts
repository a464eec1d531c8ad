import * as ts from "typescript";
import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { setStackConfigValue } from "./stack-yaml.js";
import {
  findConstDeclarations,
  findProperty,
  insertPropertiesEdit,
  quoteString,
  replaceStringEdit,
  skipWrappers,
} from "./syntax.js";
import { findConstructorCall } from "./tag-layout.js";
import type { TextEdit } from "./text-edit.js";
import {
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

function resolveArrayElement(
  origin: ObjectOrigin,
  expression: ts.Expression,
  index: number,
): ts.Expression | string {
  let value = skipWrappers(expression);
  if (ts.isIdentifier(value))
    value = findConstDeclarations(origin.file, value.text)[0]?.initializer ?? value;
  if (!ts.isArrayLiteralExpression(value))
    return "the list is computed, not written as an array literal";
  if (value.elements.slice(0, index + 1).some((e) => ts.isSpreadElement(e)))
    return "the list is built with a spread";
  return value.elements[index] ?? "the list is shorter than at run time";
}

/** Follows a finding's field path (`variants[0].modelId`) to the property that holds the value. */
function findField(
  context: OriginContext,
  args: ObjectOrigin,
  field: string,
): { origin: ObjectOrigin; property: ts.PropertyAssignment } | string {
  let origin = args;
  const steps = parseField(field);
  for (const [position, step] of steps.entries()) {
    const property = findProperty(origin.object, step.property);
    if (!property || !ts.isPropertyAssignment(property))
      return `${step.property} is not written as a plain property`;
    const isLast = position === steps.length - 1;
    if (isLast && step.index === undefined) return { origin, property };
    let expression: ts.Expression = property.initializer;
    if (step.index !== undefined) {
      const element = resolveArrayElement(origin, expression, step.index);
      if (typeof element === "string") return element;
      expression = element;
    }
    const next = resolveObject(context, origin.file, expression, origin.frame);
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
  return `${plan.files.where(source.file, source.node.getStart(source.file.sourceFile))}: ${source.reason}`;
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
  readonly code: "unapproved-model" | "model-version-not-approved";
  readonly field: string;
  /** The model (identity as written) to write, if it changes. */
  readonly value?: string | undefined;
  /** The Azure OpenAI version to write, if it changes. */
  readonly version?: string | undefined;
  readonly summary: string;
}

/** The property a finding's field names, followed from the resource's constructor call. */
function locateModelField(
  context: OriginContext,
  resource: FixResource,
  field: string,
): { origin: ObjectOrigin; property: ts.PropertyAssignment } | string {
  const found = findConstructorCall(context, resource);
  if (typeof found === "string") return found;
  const argsExpression = found.call.arguments?.[1];
  if (!argsExpression) return "the call passes no args";
  const args = resolveObject(context, found.file, argsExpression, 0);
  if ("unsupported" in args) return args.unsupported;
  return findField(context, args, field);
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
  plan.edits.push(...edits.filter((e): e is TextEdit => typeof e !== "string"));
  plan.fixed.push({ code: change.code, urns: [resource.urn], summary: change.summary });
}

/**
 * Plans model findings: write the configured replacement where the model string is defined (the
 * literal, its `const`, the factory argument, or the stack config key), with the version an
 * Azure OpenAI entry pins; a model with no replacement configured needs a person to choose.
 */
export function planModels(plan: PlanContext): void {
  for (const finding of plan.input.findings) {
    const resource = plan.resourcesByUrn.get(finding.urn);
    const detail = finding.detail;
    if (!resource) continue;
    if (detail.code === "unapproved-model") {
      const replacement = detail.replacement;
      if (!replacement) {
        const choices =
          detail.approved.length === 0
            ? `no ${detail.provider} model is approved`
            : `approved: ${detail.approved.join(", ")}`;
        plan.addManual(
          [resource],
          `choose an approved model for ${detail.field} instead of ${JSON.stringify(detail.model.value)} (${choices}).`,
        );
        continue;
      }
      const versionText =
        replacement.version === undefined ? "" : ` version ${JSON.stringify(replacement.version)}`;
      const isAzure = detail.provider === "azure-openai";
      planChange(plan, resource, {
        code: detail.code,
        field: detail.field,
        value: replacement.value,
        version: isAzure ? replacement.version : undefined,
        summary: `replace model ${JSON.stringify(detail.model.value)} in ${detail.field} with ${JSON.stringify(replacement.value)}${versionText}`,
      });
    }
    if (detail.code === "model-version-not-approved") {
      planChange(plan, resource, {
        code: detail.code,
        field: detail.field,
        version: detail.approvedVersion,
        summary: `set the version of model ${JSON.stringify(detail.model.value)} in ${detail.field} to ${JSON.stringify(detail.approvedVersion)}`,
      });
    }
  }
}
