import type { ResourceOptions } from "../engine/registered-resource.js";

/**
 * One resource of `pulumi stack export` (pkg/apitype ResourceV3), as far as an audit reads it.
 * Inputs are already in the engine's wire form (see state-values.ts); outputs are never read, so
 * nothing the provider returned (a stack output, a generated password) can reach a report.
 */
export interface StateResource {
  readonly urn: string;
  readonly type: string;
  readonly custom: boolean;
  readonly id?: string | undefined;
  readonly parent?: string | undefined;
  /** `<provider urn>::<provider id>`, as the engine records a provider reference. */
  readonly provider?: string | undefined;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly dependencies: readonly string[];
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
  readonly options: ResourceOptions;
  /** Marked for deletion by the next update: a replaced resource not yet deleted. */
  readonly delete: boolean;
  /** Read with a `get` function: its lifecycle belongs to another stack or to nobody. */
  readonly external: boolean;
}

/** A stack export reduced to its schema version and resources. */
export interface StackExport {
  /** 3, or 4 when the engine records features that older CLIs cannot read. */
  readonly version: number;
  readonly resources: readonly StateResource[];
}
