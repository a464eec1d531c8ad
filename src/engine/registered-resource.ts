/** A source position the Node SDK sends with each registration (`file:` URI, 1-based line). */
export interface SourcePosition {
  readonly uri: string;
  readonly line: number;
  readonly column: number;
}

/**
 * One resource as the engine knows it after the program registered it: what an analyzer is sent
 * about it. Inputs are in wire form: unknowns are the engine's sentinel strings and secrets are
 * `{"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value}` objects.
 */
export interface RegisteredResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  /** Parent URN; top-level resources are parented to the root stack, as in the engine. */
  readonly parent?: string | undefined;
  /** Provider reference `<provider urn>::<id>` for custom resources. */
  readonly provider?: string | undefined;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly dependencies: readonly string[];
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
  readonly options: ResourceOptions;
  /** Where the program constructed it: the innermost user frame, then the stack below it. */
  readonly sourcePosition?: SourcePosition | undefined;
  readonly stackTrace?: readonly SourcePosition[] | undefined;
}

export interface ResourceOptions {
  readonly protect: boolean;
  readonly ignoreChanges: readonly string[];
  readonly deleteBeforeReplace?: boolean | undefined;
  readonly additionalSecretOutputs: readonly string[];
  readonly aliases: readonly string[];
  readonly customTimeouts?: { create: number; update: number; delete: number } | undefined;
}

/** What the engine knows of the stack being previewed, which it passes on to a policy pack. */
export interface StackContext {
  readonly organization: string;
  readonly project: string;
  readonly stack: string;
  readonly dryRun: boolean;
  /** Stack config as the language host sees it: `"<namespace>:<key>"` to string. */
  readonly config: Readonly<Record<string, string>>;
  readonly secretKeys: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
}
