import type { FindingDetail, ModelRef } from "../../src/violations/violation-detail";

/** One entry of `violations` in the JSON report, as far as these tests read it. */
export interface ReportedViolation {
  readonly policy: string;
  readonly enforcementLevel: string;
  readonly name: string;
  readonly code?: string;
  readonly detail?: FindingDetail;
  readonly file?: string;
  readonly line?: number;
}

export interface JsonReport {
  readonly summary: { readonly aiResources: number };
  readonly violations: readonly ReportedViolation[];
}

/** A finding reduced to what an example is designed to show: policy, level, resource, code, key. */
export type FindingRow = readonly [string, string, string, string, string];

function modelText(model: ModelRef): string {
  return model.version === undefined ? model.value : `${model.value}@${model.version}`;
}

/**
 * The one field that says what a finding is about: the tag key (with its value when the value is
 * wrong), the model (with its replacement when one is configured), the computed field.
 */
export function keyDetail(detail: FindingDetail): string {
  switch (detail.code) {
    case "missing-tags":
      return detail.missing.join(",");
    case "misspelled-tag-key":
      return `${detail.found} -> ${detail.expected}`;
    case "empty-tag-value":
    case "tag-value-unknown":
      return detail.key;
    case "tag-value-not-allowed":
    case "tag-value-mismatch":
      return `${detail.key}=${detail.value}`;
    case "malformed-tags":
      return detail.shape;
    case "malformed-tag-value":
      return `${detail.key}=${detail.shape}`;
    case "unapproved-model":
      return detail.replacement
        ? `${modelText(detail.model)} -> ${modelText(detail.replacement)}`
        : modelText(detail.model);
    case "model-version-not-approved":
      return modelText(detail.model);
    case "malformed-model":
      return `${detail.field}=${detail.shape}`;
    case "tags-unknown":
      return "";
    case "default-tags-unknown":
      return detail.keys.join(",");
    case "model-unknown":
      return detail.field;
    case "model-unresolvable":
    case "model-external":
      return detail.model;
    case "parent-outside-stack":
      return detail.link;
    case "model-out-of-scope":
      return `${modelText(detail.model)} in ${detail.scope} ${detail.observed}`;
    case "model-retired":
    case "model-auto-upgrade":
      return modelText(detail.model);
    case "tag-too-long":
    case "tag-characters":
    case "tag-reserved-prefix":
      return detail.key;
    case "too-many-tags":
      return String(detail.count);
    case "cost-limit-exceeded":
    case "cost-option-not-allowed":
      return `${detail.field}=${String(detail.observed)}`;
    case "raw-model-invocation":
      return detail.model;
    case "scope-unknown":
    case "cost-value-unknown":
    case "upgrade-option-unknown":
      return detail.field;
    case "limits-environment-unknown":
      return detail.tagKey;
    case "exemption-applied":
      return `${detail.exemption.resource} waives ${detail.waived.code}`;
    case "exemption-expired":
      return detail.exemption.resource;
    case "model-retiring":
      return `${modelText(detail.model)} until ${detail.retires}`;
  }
}

export function toFindingRow(violation: ReportedViolation): FindingRow {
  return [
    violation.policy,
    violation.enforcementLevel,
    violation.name,
    violation.code ?? "(message not parsed)",
    violation.detail ? keyDetail(violation.detail) : "",
  ];
}

/** Rows in a fixed order, so two tables compare without regard to report order. */
export function sortRows(rows: readonly FindingRow[]): FindingRow[] {
  return [...rows].sort((a, b) => a.join("\u0000").localeCompare(b.join("\u0000")));
}
