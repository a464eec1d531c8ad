/**
 * The part of SARIF 2.1.0 that `aigov check --format sarif` writes. Field names are the
 * standard's; see the OASIS schema for what each means.
 */
export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: readonly SarifRun[];
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifDriver };
  /** `aigov/<project>/<stack>/`: code scanning keeps one analysis per category. */
  readonly automationDetails: { readonly id: string };
  readonly originalUriBaseIds: Readonly<Record<string, { readonly uri: string }>>;
  readonly columnKind: "utf16CodeUnits";
  readonly results: readonly SarifResult[];
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SarifDriver {
  readonly name: string;
  readonly fullName: string;
  readonly version: string;
  readonly semanticVersion: string;
  readonly informationUri: string;
  readonly rules: readonly SarifRule[];
}

export type SarifLevel = "error" | "warning" | "note";

export interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help: { readonly text: string; readonly markdown: string };
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly enabled: boolean; readonly level?: SarifLevel };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SarifLocation {
  readonly physicalLocation: {
    readonly artifactLocation: { readonly uri: string; readonly uriBaseId: string };
    readonly region: { readonly startLine: number; readonly startColumn?: number };
  };
  readonly logicalLocations: readonly {
    readonly name: string;
    readonly fullyQualifiedName: string;
    readonly kind: "resource";
  }[];
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly [SarifLocation];
  readonly partialFingerprints: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, unknown>>;
}
