import * as ts from "typescript";
import type { FixResource } from "./fix-input.js";
import type { ProgramFile } from "./program-files.js";
import { findCallAt, findProperty, skipWrappers } from "./syntax.js";
import { resolveObject, type ObjectOrigin, type OriginContext } from "./value-origin.js";

/** Where a resource's tags are written, found from its constructor call. */
export interface TagLayout {
  readonly site: ProgramFile;
  readonly call: ts.NewExpression;
  /** The args object, when it is an object literal (to add `tags` to). */
  readonly args?: ObjectOrigin | undefined;
  /** The object literal the `tags` input is (at the call, shared, or passed in), if any. */
  readonly tags?: ObjectOrigin | undefined;
  /** Objects spread into `tags`, later ones winning. */
  readonly spreads: readonly ObjectOrigin[];
  /** The `tags` expression at the call, for wrapping a shared object in `{ ...shared, k }`. */
  readonly tagsExpression?: ts.Expression | undefined;
  /** Why the tags cannot be edited, when they cannot. */
  readonly blocked?: string | undefined;
}

export function objectKey(origin: ObjectOrigin): string {
  return `${origin.file.path}:${String(origin.object.pos)}`;
}

/** The class a `new` expression constructs, by its last name: `aws.bedrock.AgentAgent` → `AgentAgent`. */
export function constructedClass(call: ts.NewExpression): string {
  const callee = skipWrappers(call.expression);
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
}

/** The constructor call of a resource: its innermost frame must be a `new` of its own class. */
export function findConstructorCall(
  context: OriginContext,
  resource: FixResource,
): { file: ProgramFile; call: ts.NewExpression } | string {
  const frame = resource.frames[0];
  if (!frame) return "the report does not say where the resource is constructed";
  const file = context.files.get(frame.file);
  if (!file) return `${frame.file} cannot be read`;
  const call = findCallAt(file, context.files.offsetOf(file, frame.line, frame.column));
  const className = resource.type.startsWith("pulumi:providers:")
    ? "Provider"
    : resource.type.slice(resource.type.lastIndexOf(":") + 1);
  if (!call || !ts.isNewExpression(call) || constructedClass(call) !== className) {
    return `it is constructed by a library call at ${frame.file}:${String(frame.line)}, not by the program`;
  }
  return { file, call };
}

/** Reads how a resource's tags are written at its constructor call. */
export function readTagLayout(context: OriginContext, resource: FixResource): TagLayout | string {
  const found = findConstructorCall(context, resource);
  if (typeof found === "string") return found;
  const { file, call } = found;
  const argsExpression = call.arguments?.[1];
  if (!argsExpression)
    return { site: file, call, spreads: [], blocked: "the call passes no args object" };
  const args = resolveObject(context, file, argsExpression, 0);
  if ("unsupported" in args) return { site: file, call, spreads: [], blocked: args.unsupported };

  const property = findProperty(args.object, "tags");
  if (!property) return { site: file, call, args, spreads: [] };
  const expression = ts.isPropertyAssignment(property) ? property.initializer : property.name;
  const tags = resolveObject(context, args.file, expression, args.frame);
  if ("unsupported" in tags) {
    return {
      site: file,
      call,
      args,
      spreads: [],
      tagsExpression: expression,
      blocked: tags.unsupported,
    };
  }
  const spreads: ObjectOrigin[] = [];
  for (const element of tags.object.properties) {
    if (!ts.isSpreadAssignment(element)) continue;
    const spread = resolveObject(context, tags.file, element.expression, tags.frame);
    if (!("unsupported" in spread)) spreads.push(spread);
  }
  return { site: file, call, args, tags, spreads, tagsExpression: skipWrappers(expression) };
}
