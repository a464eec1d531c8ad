import * as ts from "typescript";
import type { SourceLocation } from "../check/check-result.js";
import { bindingOf } from "./bindings.js";
import { resolveLocal } from "./program-entry.js";
import type { ProgramFile, ProgramFiles } from "./program-files.js";
import { findCallAt, propertyNameText, skipWrappers } from "./syntax.js";

/** Where a string the program passes to a resource is written. */
export type StringOrigin =
  | { readonly kind: "literal"; readonly file: ProgramFile; readonly literal: ts.StringLiteralLike }
  /** Read with `config.require("key")` or `config.get("key")`: the value is in the stack file. */
  | {
      readonly kind: "stack-config";
      readonly key: string;
      readonly file: ProgramFile;
      readonly node: ts.Node;
    }
  | {
      readonly kind: "unsupported";
      readonly file: ProgramFile;
      readonly node: ts.Node;
      readonly reason: string;
    };

/** An object literal found by following the program's references, and where it was found. */
export interface ObjectOrigin {
  readonly file: ProgramFile;
  readonly object: ts.ObjectLiteralExpression;
  /** The frame whose code holds it: 0 is the constructor call's, 1 its caller's, and so on. */
  readonly frame: number;
  /** The `const` it is the initializer of, if it is one (a shared object). */
  readonly declaration?: ts.VariableDeclaration | undefined;
}

/** A property found in an object literal, its spreads followed. */
export interface FoundProperty {
  readonly origin: ObjectOrigin;
  readonly property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
}

/** What resolution needs: the files, the runtime frames of the call, the project and its config. */
export interface OriginContext {
  readonly files: ProgramFiles;
  readonly frames: readonly SourceLocation[];
  readonly project: string;
  readonly configKeys: ReadonlySet<string>;
}

export type Resolved<T> =
  T | { readonly unsupported: string; readonly node: ts.Node; readonly file: ProgramFile };

function unsupported(file: ProgramFile, node: ts.Node, reason: string): Resolved<never> {
  return { unsupported: reason, node, file };
}

/** An expression written somewhere in the program, and the frame whose code holds it. */
interface Written {
  readonly file: ProgramFile;
  readonly expression: ts.Expression;
  readonly frame: number;
  readonly declaration?: ts.VariableDeclaration | undefined;
}

/** The argument a caller passed for a parameter, found through the next runtime frame. */
function callerArgument(
  context: OriginContext,
  frame: number,
  index: number,
): Resolved<Written> | undefined {
  const caller = context.frames[frame + 1];
  if (!caller) return undefined;
  const file = context.files.get(caller.file);
  if (!file) return undefined;
  const call = findCallAt(file, context.files.offsetOf(file, caller.line, caller.column));
  const argument = call?.arguments?.[index];
  if (!call || !argument) return undefined;
  if (ts.isSpreadElement(argument))
    return unsupported(file, argument, "the value is passed in a spread argument");
  return { file, expression: argument, frame: frame + 1 };
}

/**
 * The `const` a name imports from one of the program's own modules: `import { tags } from
 * "./tags"` or, with `member`, `import * as shared from "./tags"` and `shared.tags`.
 */
function importedConst(
  context: OriginContext,
  file: ProgramFile,
  local: string,
  member?: string,
): Written | undefined {
  for (const statement of file.sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    const bindings = statement.importClause?.namedBindings;
    let exported: string | undefined;
    if (
      member !== undefined &&
      bindings &&
      ts.isNamespaceImport(bindings) &&
      bindings.name.text === local
    )
      exported = member;
    if (member === undefined && bindings && ts.isNamedImports(bindings)) {
      const element = bindings.elements.find((e) => e.name.text === local);
      if (element) exported = element.propertyName?.text ?? local;
    }
    const path =
      exported === undefined
        ? undefined
        : resolveLocal(file.path, statement.moduleSpecifier.text, context.files.directory);
    const target = path === undefined ? undefined : context.files.get(path);
    if (!target || exported === undefined) continue;
    for (const top of target.sourceFile.statements) {
      if (!ts.isVariableStatement(top) || (top.declarationList.flags & ts.NodeFlags.Const) === 0)
        continue;
      const declaration = top.declarationList.declarations.find(
        (d) => ts.isIdentifier(d.name) && d.name.text === exported,
      );
      if (declaration?.initializer)
        return { file: target, expression: declaration.initializer, frame: 0, declaration };
    }
  }
  return undefined;
}

/**
 * Finds the property that sets `name` on an object literal at run time: the last one written,
 * following spreads, so `{ model: "a", ...overrides }` yields the override when `overrides` has
 * one. A spread that cannot be followed might set it, so the answer is then unsupported.
 */
export function findEffectiveProperty(
  context: OriginContext,
  origin: ObjectOrigin,
  name: string,
  depth = 0,
): Resolved<FoundProperty> | undefined {
  for (const element of [...origin.object.properties].reverse()) {
    if (
      (ts.isPropertyAssignment(element) || ts.isShorthandPropertyAssignment(element)) &&
      propertyNameText(element.name) === name
    ) {
      return { origin, property: element };
    }
    if (!ts.isSpreadAssignment(element)) continue;
    if (depth > 8)
      return unsupported(origin.file, element, "its spreads nest too deeply to follow");
    const spread = resolveObject(context, origin.file, element.expression, origin.frame);
    if ("unsupported" in spread)
      return unsupported(origin.file, element, `a spread of a computed value may set ${name}`);
    const found = findEffectiveProperty(context, spread, name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The expression a plain property of the object an expression stands for is set to. */
function propertyOf(context: OriginContext, holder: Written, name: string): Resolved<Written> {
  const object = resolveObject(context, holder.file, holder.expression, holder.frame);
  if ("unsupported" in object) return object;
  const found = findEffectiveProperty(context, object, name);
  if (found === undefined) return unsupported(object.file, object.object, `it sets no ${name}`);
  if ("unsupported" in found) return found;
  const { origin, property } = found;
  const expression = ts.isPropertyAssignment(property) ? property.initializer : property.name;
  return { file: origin.file, expression, frame: origin.frame };
}

/**
 * What a name or `a.b` in the program stands for: the initializer of the `const` it names in its
 * scope, the argument a caller passed for a parameter (through the runtime frames, including a
 * destructured one), a `const` imported from the program's own modules, or a property of an
 * object it resolves to. `undefined` when the expression is not a reference.
 */
function followReference(
  context: OriginContext,
  file: ProgramFile,
  value: ts.Expression,
  frame: number,
): Resolved<Written> | undefined {
  if (ts.isPropertyAccessExpression(value)) {
    const fromNamespace =
      ts.isIdentifier(value.expression) && bindingOf(value.expression) === undefined
        ? importedConst(context, file, value.expression.text, value.name.text)
        : undefined;
    return (
      fromNamespace ??
      propertyOf(context, { file, expression: value.expression, frame }, value.name.text)
    );
  }
  if (!ts.isIdentifier(value)) return undefined;
  const binding = bindingOf(value);
  if (binding === undefined) return importedConst(context, file, value.text);
  if (binding.kind === "const")
    return { file, expression: binding.initializer, frame, declaration: binding.declaration };
  if (binding.kind === "variable")
    return unsupported(file, value, `${value.text} is ${binding.what}`);
  const argument = callerArgument(context, frame, binding.index);
  if (!argument)
    return unsupported(file, value, `${value.text} is a parameter whose caller is not known`);
  if ("unsupported" in argument || binding.property === undefined) return argument;
  return propertyOf(context, argument, binding.property);
}

/** Follows an expression to the object literal that holds its value. */
export function resolveObject(
  context: OriginContext,
  file: ProgramFile,
  expression: ts.Expression,
  frame: number,
  declaration?: ts.VariableDeclaration,
): Resolved<ObjectOrigin> {
  const value = skipWrappers(expression);
  if (ts.isObjectLiteralExpression(value)) return { file, object: value, frame, declaration };
  const reference = followReference(context, file, value, frame);
  if (reference === undefined)
    return unsupported(file, value, "the value is computed, not written as an object literal");
  if ("unsupported" in reference) return reference;
  return resolveObject(
    context,
    reference.file,
    reference.expression,
    reference.frame,
    reference.declaration,
  );
}

function configNamespace(
  file: ProgramFile,
  receiver: ts.Expression,
  project: string,
): string | undefined {
  const target = skipWrappers(receiver);
  const binding = ts.isIdentifier(target) ? bindingOf(target) : undefined;
  const construction = binding?.kind === "const" ? skipWrappers(binding.initializer) : target;
  if (!ts.isNewExpression(construction)) return undefined;
  if (!construction.expression.getText(file.sourceFile).endsWith("Config")) return undefined;
  const namespace = construction.arguments?.[0];
  if (namespace === undefined) return project;
  return ts.isStringLiteralLike(namespace) ? namespace.text : undefined;
}

const configReaders = new Set(["require", "get", "requireSecret", "getSecret"]);

function configKeyOf(
  context: OriginContext,
  file: ProgramFile,
  call: ts.CallExpression,
): string | undefined {
  const callee = call.expression;
  const key = call.arguments[0];
  if (!ts.isPropertyAccessExpression(callee) || !configReaders.has(callee.name.text))
    return undefined;
  if (!key || !ts.isStringLiteralLike(key)) return undefined;
  const namespace = configNamespace(file, callee.expression, context.project);
  return namespace === undefined ? undefined : `${namespace}:${key.text}`;
}

/**
 * Follows a string the program passes to a resource back to where it is written: a literal at
 * the call, a `const` in its scope, a factory argument at the caller (through the runtime
 * frames), a property of an object passed in, an imported constant, or a stack config key read
 * with `config.require`/`get` (falling back to the default after `??` when the stack does not
 * set the key).
 */
export function resolveString(
  context: OriginContext,
  file: ProgramFile,
  expression: ts.Expression,
  frame: number,
): StringOrigin {
  const value = skipWrappers(expression);
  if (ts.isStringLiteralLike(value)) return { kind: "literal", file, literal: value };
  if (ts.isCallExpression(value)) {
    const key = configKeyOf(context, file, value);
    if (key !== undefined) return { kind: "stack-config", key, file, node: value };
  }
  const fallback = [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken];
  if (ts.isBinaryExpression(value) && fallback.includes(value.operatorToken.kind)) {
    const left = resolveString(context, file, value.left, frame);
    if (left.kind === "stack-config" && context.configKeys.has(left.key)) return left;
    return resolveString(context, file, value.right, frame);
  }
  const reference = followReference(context, file, value, frame);
  if (reference === undefined)
    return { kind: "unsupported", file, node: value, reason: "the value is computed at run time" };
  if ("unsupported" in reference)
    return {
      kind: "unsupported",
      file: reference.file,
      node: reference.node,
      reason: reference.unsupported,
    };
  return resolveString(context, reference.file, reference.expression, reference.frame);
}
