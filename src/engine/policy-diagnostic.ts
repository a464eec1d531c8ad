/** A policy as the pack describes it in `GetAnalyzerInfo`. */
export interface PolicyInfo {
  readonly name: string;
  readonly description: string;
  readonly enforcementLevel: EnforcementLevelName;
  readonly severity?: string | undefined;
  readonly kind: "resource" | "stack";
  /** The JSON Schema `properties` of the policy's config, with their defaults. */
  readonly configProperties: Readonly<Record<string, unknown>>;
}

export type EnforcementLevelName = "advisory" | "mandatory" | "remediate" | "disabled";

/**
 * A violation as the engine hands it to the CLI's display (apitype.PolicyEvent): the level is
 * advisory or mandatory (remediate is shown as mandatory), the URN is the analysed resource's.
 */
export interface PolicyDiagnostic {
  readonly policyName: string;
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  readonly description: string;
  /** What the pack sent: the policy description, a newline, then the violation text. */
  readonly message: string;
  readonly enforcementLevel: "advisory" | "mandatory";
  readonly urn: string;
  readonly severity?: string | undefined;
}

/** A remediation a pack applied to a resource's inputs before it was analysed. */
export interface PolicyRemediation {
  readonly policyName: string;
  readonly urn: string;
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}
