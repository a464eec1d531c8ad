import { join } from "node:path";
import ts from "typescript";

const pulumiPackages = join(__dirname, "..", "..", "node_modules", "@pulumi");

/** Wrappers that `pulumi.Input<T>` puts around a value; the value type is their type argument. */
const wrapperNames = new Set(["Promise", "OutputInstance", "Output"]);

/**
 * What walking a catalogue path through an SDK's types found: the types at its end, one per
 * member of any union of objects met on the way (azure-native's `properties` often is one).
 */
export type PathResolution =
  | { readonly resolved: true; readonly leaves: readonly ts.Type[] }
  | { readonly resolved: false; readonly problem: string };

/**
 * Where a resource's `<Class>Args` interface is declared. aws and azure tokens name the file in
 * their module (`bedrock/agentAgent`); azure-native modules are folders only, and the file is the
 * class name with its first letter lower-cased.
 *
 * @example
 * declarationOf("aws:bedrock/agentAgent:AgentAgent").argsInterface; // "AgentAgentArgs"
 */
export function declarationOf(token: string): { file: string; argsInterface: string } {
  const [pkg = "", module = "", className = ""] = token.split(":");
  const [folder = "", fileName] = module.split("/");
  const file = fileName ?? className.charAt(0).toLowerCase() + className.slice(1);
  return {
    file: join(pulumiPackages, pkg, folder, `${file}.d.ts`),
    argsInterface: `${className}Args`,
  };
}

/**
 * The installed provider SDKs' declarations, read with the TypeScript compiler, for checking that
 * catalogue paths (dotted, `[]` after array segments) name real inputs.
 */
export class SdkTypes {
  private readonly program: ts.Program;
  private readonly checker: ts.TypeChecker;

  constructor(tokens: readonly string[]) {
    const files = [...new Set(tokens.map((token) => declarationOf(token).file))];
    this.program = ts.createProgram(files, {
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    });
    this.checker = this.program.getTypeChecker();
  }

  /**
   * Walks `path` from the token's Args interface. A segment may be found on any member of a
   * union of objects; `[]` must appear exactly where the input is a list.
   */
  resolve(token: string, path: string): PathResolution {
    const args = this.argsType(token);
    if (!args) return { resolved: false, problem: `no ${declarationOf(token).argsInterface}` };

    let current: ts.Type[] = [args];
    for (const segment of path.split(".")) {
      const wantsList = segment.endsWith("[]");
      const key = wantsList ? segment.slice(0, -2) : segment;
      const found = current.flatMap((type) => this.propertyTypes(type, key));
      if (found.length === 0) return { resolved: false, problem: `no property ${key}` };
      const lists = found.filter((type) => this.checker.isArrayType(type));
      if (wantsList && lists.length < found.length) {
        return { resolved: false, problem: `${key} is not a list` };
      }
      if (!wantsList && lists.length > 0) return { resolved: false, problem: `${key} is a list` };
      current = wantsList ? found.map((list) => this.elementType(list)) : found;
    }
    return { resolved: true, leaves: current };
  }

  /** Whether a resolved type holds text: `string`, or a union of string literals. */
  isText(type: ts.Type): boolean {
    if (type.flags & ts.TypeFlags.StringLike) return true;
    return type.isUnion() && this.valuesOf(type).every((member) => this.isText(member));
  }

  /** Whether a resolved type is a number. */
  isNumber(type: ts.Type): boolean {
    return (type.flags & ts.TypeFlags.NumberLike) !== 0;
  }

  /** The value types of `key` on a type, or on each member of a union of objects. */
  private propertyTypes(type: ts.Type, key: string): ts.Type[] {
    const members = type.isUnion() ? this.valuesOf(type) : [type];
    return members.flatMap((member) => {
      const property = this.checker.getPropertyOfType(member, key);
      return property ? [this.valueType(this.checker.getTypeOfSymbol(property))] : [];
    });
  }

  private argsType(token: string): ts.Type | undefined {
    const { file, argsInterface } = declarationOf(token);
    const source = this.program.getSourceFile(file);
    if (!source) return undefined;
    const declaration = source.statements.find(
      (statement): statement is ts.InterfaceDeclaration =>
        ts.isInterfaceDeclaration(statement) && statement.name.text === argsInterface,
    );
    return declaration ? this.checker.getTypeAtLocation(declaration) : undefined;
  }

  private elementType(list: ts.Type): ts.Type {
    const [element] = this.checker.getTypeArguments(list as ts.TypeReference);
    return element ? this.valueType(element) : list;
  }

  private valuesOf(union: ts.UnionType): ts.Type[] {
    return union.types.filter(
      (member) =>
        !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) && !this.wrapperOf(member),
    );
  }

  private wrapperOf(type: ts.Type): boolean {
    const name = (type.getSymbol() ?? type.aliasSymbol)?.getName();
    return name !== undefined && wrapperNames.has(name);
  }

  /**
   * Strips what an input type adds around its value: `undefined` for optional inputs, and the
   * `Promise`/`OutputInstance` members of `pulumi.Input<T>`. Unions of plain values (string
   * literal enums) are kept whole.
   */
  private valueType(type: ts.Type): ts.Type {
    if (!type.isUnion()) {
      if (!this.wrapperOf(type)) return type;
      const [inner] = this.checker.getTypeArguments(type as ts.TypeReference);
      return inner ? this.valueType(inner) : type;
    }
    const values = this.valuesOf(type);
    const [only] = values;
    if (values.length === 1 && only) return this.valueType(only);
    return values.find((member) => this.checker.isArrayType(member)) ?? type;
  }
}
