import type { ModelProvider } from "../catalog/index.js";

/**
 * What a policy found, as data. The sentence shown to people is made from this in
 * format-message.ts, and parse-message.ts reads it back from a message (for fixes planned from an
 * engine event log), so every field a fix needs must appear in the sentence.
 */
export type ViolationDetail =
  | {
      readonly code: "missing-tags";
      readonly missing: readonly string[];
      readonly present: readonly string[];
    }
  | { readonly code: "misspelled-tag-key"; readonly found: string; readonly expected: string }
  | { readonly code: "empty-tag-value"; readonly key: string }
  | {
      readonly code: "tag-value-not-allowed";
      readonly key: string;
      readonly value: string;
      readonly allowed: readonly string[];
    }
  | {
      readonly code: "tag-value-mismatch";
      readonly key: string;
      readonly value: string;
      readonly pattern: string;
    }
  | { readonly code: "malformed-tags"; readonly shape: string }
  | { readonly code: "malformed-tag-value"; readonly key: string; readonly shape: string }
  | {
      readonly code: "unapproved-model";
      readonly provider: ModelProvider;
      readonly field: string;
      /** The model as written, with its version for Azure OpenAI. */
      readonly model: ModelRef;
      /** The configured replacement, written in the same form as the model. */
      readonly replacement?: ModelRef | undefined;
      /** The approved entries for this provider; not named (empty) when there is a replacement. */
      readonly approved: readonly string[];
    }
  | {
      readonly code: "malformed-model";
      readonly field: string;
      /** What the field takes: a model id, or for Azure OpenAI the model's map. */
      readonly expected: MalformedModelExpectation;
      /** What it holds instead: "a list", "an object", "a number"... */
      readonly shape: string;
    }
  | {
      readonly code: "model-version-not-approved";
      readonly field: string;
      readonly model: ModelRef;
      readonly approvedVersion: string;
    }
  | {
      readonly code: "model-out-of-scope";
      readonly field: string;
      readonly model: ModelRef;
      readonly scope: "environment" | "workload";
      /** The resource's environment or workload; empty when the workload tag is not set. */
      readonly observed: string;
      /** Where `observed` came from: `tag "environment"` or `the stack name`. */
      readonly source: string;
      readonly allowed: readonly string[];
    }
  | {
      readonly code: "model-auto-upgrade";
      /** Where `versionUpgradeOption` is (or would be) set: `properties.versionUpgradeOption`. */
      readonly field: string;
      readonly model: ModelRef;
      /** Its value; empty when it is not set (Azure then upgrades). */
      readonly observed: string;
    }
  | {
      readonly code: "model-retired";
      readonly field: string;
      readonly model: ModelRef;
      readonly retired: string;
      readonly replacement?: ModelRef | undefined;
    }
  | {
      readonly code: "tag-too-long";
      readonly cloud: CloudName;
      readonly key: string;
      readonly part: "key" | "value";
      readonly limit: number;
      readonly length: number;
    }
  | {
      readonly code: "tag-characters";
      readonly cloud: CloudName;
      readonly key: string;
      readonly part: "key" | "value";
      readonly characters: readonly string[];
    }
  | {
      readonly code: "tag-reserved-prefix";
      readonly cloud: CloudName;
      readonly key: string;
      readonly prefix: string;
    }
  | {
      readonly code: "too-many-tags";
      readonly cloud: CloudName;
      readonly count: number;
      readonly limit: number;
    }
  | {
      readonly code: "cost-limit-exceeded";
      readonly field: string;
      readonly observed: number;
      readonly limit: number;
      readonly environment?: string | undefined;
    }
  | {
      readonly code: "cost-option-not-allowed";
      readonly field: string;
      readonly observed: string;
      readonly allowed: readonly string[];
      readonly environment?: string | undefined;
    }
  | {
      readonly code: "raw-model-invocation";
      readonly field: string;
      readonly model: string;
      /** A name for the application inference profile to create. */
      readonly profileName: string;
      /** The ARN the profile copies from: the foundation model or its cross-region profile. */
      readonly copyFrom: string;
    };

/** What a model field takes, as a `malformed-model` message says it. */
export type MalformedModelExpectation = "a model id string" | "a map with the model's name";

/** The clouds whose tag rules differ, as messages name them. */
export type CloudName = "AWS" | "Azure";

/** Findings that are not violations: the pack could not decide, and says why. */
export type NotCheckableDetail =
  | { readonly code: "tags-unknown" }
  | { readonly code: "default-tags-unknown"; readonly keys: readonly string[] }
  | { readonly code: "tag-value-unknown"; readonly key: string }
  | { readonly code: "model-unknown"; readonly field: string }
  | {
      readonly code: "model-unresolvable";
      readonly field: string;
      readonly model: string;
      readonly resource: string;
    }
  | {
      readonly code: "model-external";
      readonly field: string;
      readonly model: string;
      readonly vendor: string;
    }
  | { readonly code: "parent-outside-stack"; readonly link: string; readonly parentKind: string }
  | { readonly code: "cost-value-unknown"; readonly field: string }
  /** Whether a pinned Azure OpenAI version stays pinned is computed. */
  | { readonly code: "upgrade-option-unknown"; readonly field: string }
  | { readonly code: "limits-environment-unknown"; readonly tagKey: string }
  | {
      readonly code: "scope-unknown";
      readonly field: string;
      readonly scope: "environment" | "workload";
      readonly tagKey: string;
    };

/** An exemption as notes name it: its place in the policy's list and what it says. */
export interface ExemptionRef {
  readonly policy: string;
  readonly index: number;
  readonly resource: string;
  readonly owner?: string | undefined;
  readonly expires: string;
  readonly reason: string;
}

/** Advisory notes the companions add: waivers, and retirements still to come. */
export type NoteDetail =
  | {
      readonly code: "exemption-applied";
      readonly exemption: ExemptionRef;
      readonly daysLeft: number;
      readonly waived: ViolationDetail;
    }
  | { readonly code: "exemption-expired"; readonly exemption: ExemptionRef }
  | {
      readonly code: "model-retiring";
      readonly field: string;
      readonly model: ModelRef;
      /** The last day the model is approved. */
      readonly retires: string;
      readonly daysLeft: number;
      readonly replacement?: ModelRef | undefined;
    };

/** A model as a message names it: the value written, and the Azure OpenAI version if any. */
export interface ModelRef {
  readonly value: string;
  readonly version?: string | undefined;
}

export type FindingDetail = ViolationDetail | NotCheckableDetail | NoteDetail;
