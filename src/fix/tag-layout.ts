import * as ts from "typescript";
import type { FixResource } from "./fix-input.js";
import type { ProgramFile } from "./program-files.js";
import { findCallAt, skipWrappers } from "./syntax.js";
import {
  findEffectiveProperty,
  resolveObject,
  type FoundProperty,
  type ObjectOrigin,
  type OriginContext,
} from "./value-origin.js";

/** Where a resource's tags are written, found from its constructor call. */
export interface TagLayout {
  readonly site: ProgramFile;
  readonly call: ts.NewExpression;
  /** The args object, when it has no `tags` anywhere (to add one to). */
  readonly args?: ObjectOrigin | undefined;
  /** The object literal that is the `tags` input, and the property that sets it. */
  readonly tags?: ObjectOrigin | undefined;
  readonly tagsProperty?: FoundProperty | undefined;
  /** Objects spread into `tags`, at any depth, in the order their keys apply. */
  readonly tagSpreads: readonly ObjectOrigin[];
  /** The explicit provider's `defaultTags.tags`, and the objects spread into it. */
  readonly providerTags: readonly ObjectOrigin[];
  /** Every object whose keys reach the resource's tags, lowest precedence first. */
  readonly sources: readonly ObjectOrigin[];
  /** A spread somewhere in the tags that cannot be followed: it may set any key. */
  readonly opaqueSpread: boolean;
  /** Why the tags cannot be edited, when they cannot. */
  readonly blocked?: string | undefined;
}

export function objectKey(origin: ObjectOrigin): string {
  return `${origin.file.path}:${String(origin.object.pos)}`;
}

/**
 * The class a `new` expression constructs, by its exported name: `aws.bedrock.AgentAgent` and
 * `new BedrockAgent()` after `import { AgentAgent as BedrockAgent }` are both `AgentAgent`.
 */
export function constructedClass(call: ts.NewExpression, file?: ProgramFile): string {
  const callee = skipWrappers(call.expression);
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isIdentifier(callee) && file) {
    for (const statement of file.sourceFile.statements) {
      const bindings = ts.isImportDeclaration(statement)
        ? statement.importClause?.namedBindings
        : undefined;
      const element =
        bindings && ts.isNamedImports(bindings)
          ? bindings.elements.find((e) => e.name.text === callee.text)
          : undefined;
      if (element) return element.propertyName?.text ?? element.name.text;
    }
  }
  return callee.getText(file?.sourceFile);
}

/** The class a resource's constructor call names: its type's last part, or `Provider`. */
export function classOfType(type: string): string {
  return type.startsWith("pulumi:providers:") ? "Provider" : type.slice(type.lastIndexOf(":") + 1);
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
  if (
    !call ||
    !ts.isNewExpression(call) ||
    constructedClass(call, file) !== classOfType(resource.type)
  ) {
    const at = `${frame.file}:${String(frame.line)}`;
    return `it is constructed by a library call at ${at}, not by the program`;
  }
  return { file, call };
}

/** The args object of a resource's constructor call, followed to where it is written. */
export function argsObject(
  context: OriginContext,
  resource: FixResource,
): { file: ProgramFile; call: ts.NewExpression; args: ObjectOrigin } | string {
  const found = findConstructorCall(context, resource);
  if (typeof found === "string") return found;
  const argsExpression = found.call.arguments?.[1];
  if (!argsExpression) return "the call passes no args object";
  const args = resolveObject(context, found.file, argsExpression, 0);
  return "unsupported" in args ? args.unsupported : { ...found, args };
}

/** Objects spread into an object, recursively, in the order their keys apply. */
function spreadsOf(
  context: OriginContext,
  origin: ObjectOrigin,
  depth = 0,
): { spreads: ObjectOrigin[]; opaque: boolean } {
  const spreads: ObjectOrigin[] = [];
  let opaque = false;
  for (const element of origin.object.properties) {
    if (!ts.isSpreadAssignment(element)) continue;
    const spread =
      depth < 8 ? resolveObject(context, origin.file, element.expression, origin.frame) : undefined;
    if (!spread || "unsupported" in spread) {
      opaque = true;
      continue;
    }
    const inner = spreadsOf(context, spread, depth + 1);
    spreads.push(...inner.spreads, spread);
    opaque ||= inner.opaque;
  }
  return { spreads, opaque };
}

/** The object literal a nested property path of an object is, e.g. `defaultTags.tags`. */
export function objectAt(
  context: OriginContext,
  origin: ObjectOrigin,
  path: readonly string[],
): ObjectOrigin | string | undefined {
  let current = origin;
  for (const name of path) {
    const found = findEffectiveProperty(context, current, name);
    if (found === undefined) return undefined;
    if ("unsupported" in found) return found.unsupported;
    const { property } = found;
    const expression = ts.isPropertyAssignment(property) ? property.initializer : property.name;
    const next = resolveObject(context, found.origin.file, expression, found.origin.frame);
    if ("unsupported" in next) return next.unsupported;
    current = next;
  }
  return current;
}

/** The objects an explicit provider's `defaultTags.tags` is written in, with their spreads. */
function providerSources(
  context: (resource: FixResource) => OriginContext,
  provider: FixResource | undefined,
): ObjectOrigin[] {
  if (!provider) return [];
  const providerContext = context(provider);
  const found = argsObject(providerContext, provider);
  if (typeof found === "string") return [];
  const tags = objectAt(providerContext, found.args, ["defaultTags", "tags"]);
  if (tags === undefined || typeof tags === "string") return [];
  return [...spreadsOf(providerContext, tags).spreads, tags];
}

/**
 * Reads how a resource's tags are written at its constructor call, and where else they come from.
 */
export function readTagLayout(
  contextOf: (resource: FixResource) => OriginContext,
  resource: FixResource,
  provider: FixResource | undefined,
): TagLayout | string {
  const context = contextOf(resource);
  const found = argsObject(context, resource);
  if (typeof found === "string") return found;
  const { file, call, args } = found;
  const fromProvider = providerSources(contextOf, provider);
  const tagsProperty = findEffectiveProperty(context, args, "tags");
  const base = {
    site: file,
    call,
    tagSpreads: [],
    providerTags: fromProvider,
    sources: fromProvider,
  };
  if (tagsProperty === undefined) return { ...base, args, opaqueSpread: false };
  if ("unsupported" in tagsProperty) {
    return { ...base, opaqueSpread: true, blocked: tagsProperty.unsupported };
  }
  const { property } = tagsProperty;
  const expression = ts.isPropertyAssignment(property) ? property.initializer : property.name;
  const { origin } = tagsProperty;
  const tags = resolveObject(context, origin.file, expression, origin.frame);
  if ("unsupported" in tags) {
    return { ...base, tagsProperty, opaqueSpread: true, blocked: tags.unsupported };
  }
  const { spreads, opaque } = spreadsOf(context, tags);
  return {
    ...base,
    tags,
    tagsProperty,
    tagSpreads: spreads,
    sources: [...fromProvider, ...spreads, tags],
    opaqueSpread: opaque,
  };
}
