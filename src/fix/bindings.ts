import * as ts from "typescript";
import { propertyNameText } from "./syntax.js";

/** What a name refers to where it is used, found by walking its enclosing scopes outward. */
export type Binding =
  | {
      readonly kind: "const";
      readonly declaration: ts.VariableDeclaration;
      readonly initializer: ts.Expression;
    }
  /**
   * A parameter of the nearest enclosing function, whose caller is the next runtime frame;
   * `property` when it is destructured from one.
   */
  | { readonly kind: "parameter"; readonly index: number; readonly property?: string | undefined }
  /** A `let`, `var`, loop variable, destructured const, function or class: not followed. */
  | { readonly kind: "variable"; readonly what: string };

function declares(name: ts.BindingName, text: string): boolean {
  if (ts.isIdentifier(name)) return name.text === text;
  return name.elements.some(
    (element) => !ts.isOmittedExpression(element) && declares(element.name, text),
  );
}

function inDeclarationList(list: ts.VariableDeclarationList, text: string): Binding | undefined {
  for (const declaration of list.declarations) {
    if (!declares(declaration.name, text)) continue;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    if (isConst && ts.isIdentifier(declaration.name) && declaration.initializer) {
      return { kind: "const", declaration, initializer: declaration.initializer };
    }
    return {
      kind: "variable",
      what: isConst ? "a destructured constant" : "a variable that may change",
    };
  }
  return undefined;
}

function inStatements(statements: readonly ts.Statement[], text: string): Binding | undefined {
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      const found = inDeclarationList(statement.declarationList, text);
      if (found) return found;
    }
    if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name?.text === text
    ) {
      return { kind: "variable", what: "a function or class" };
    }
  }
  return undefined;
}

function inParameters(fn: ts.SignatureDeclaration, text: string): Binding | undefined {
  for (const [index, parameter] of fn.parameters.entries()) {
    if (ts.isIdentifier(parameter.name) && parameter.name.text === text)
      return { kind: "parameter", index };
    if (ts.isObjectBindingPattern(parameter.name)) {
      for (const element of parameter.name.elements) {
        if (!ts.isIdentifier(element.name) || element.name.text !== text) continue;
        const property = element.propertyName ? propertyNameText(element.propertyName) : text;
        return property === undefined
          ? { kind: "variable", what: "a computed parameter" }
          : { kind: "parameter", index, property };
      }
    }
    if (declares(parameter.name, text))
      return { kind: "variable", what: "a destructured parameter" };
  }
  return undefined;
}

/**
 * Resolves a name the way JavaScript scoping does: block constants, loop variables and function
 * parameters shadow outer declarations, so `model` inside a factory is its parameter even when
 * the module also has a `const model`. `undefined` means a module-level import or a global.
 */
export function bindingOf(identifier: ts.Identifier): Binding | undefined {
  const text = identifier.text;
  let crossedFunction = false;
  for (let node: ts.Node = identifier; node.parent as ts.Node | undefined; node = node.parent) {
    const scope = node.parent;
    if (
      ts.isBlock(scope) ||
      ts.isSourceFile(scope) ||
      ts.isModuleBlock(scope) ||
      ts.isCaseClause(scope) ||
      ts.isDefaultClause(scope)
    ) {
      const found = inStatements(scope.statements, text);
      if (found) return found;
    }
    if (
      (ts.isForOfStatement(scope) || ts.isForInStatement(scope) || ts.isForStatement(scope)) &&
      scope.initializer &&
      ts.isVariableDeclarationList(scope.initializer)
    ) {
      if (scope.initializer.declarations.some((d) => declares(d.name, text)))
        return { kind: "variable", what: "a loop variable" };
    }
    if (
      ts.isCatchClause(scope) &&
      scope.variableDeclaration &&
      declares(scope.variableDeclaration.name, text)
    ) {
      return { kind: "variable", what: "a caught error" };
    }
    if (ts.isFunctionLike(scope)) {
      const found = inParameters(scope, text);
      // An outer function's parameter is one frame further out than the call frames say.
      if (found?.kind === "parameter" && crossedFunction)
        return { kind: "variable", what: "a parameter of an enclosing function" };
      if (found) return found;
      crossedFunction = true;
    }
  }
  return undefined;
}
