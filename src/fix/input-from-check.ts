import { existsSync } from "node:fs";
import { join } from "node:path";
import { lookupAiResourceKind } from "../catalog/index.js";
import type { CheckResult } from "../check/check-result.js";
import { secretTexts } from "../check/redact-secrets.js";
import type { RegisteredResource } from "../engine/registered-resource.js";
import { effectiveTags } from "../facts/effective-tags.js";
import type { CompiledRequiredTag } from "../policies/evaluate-required-tags.js";
import type { FindingDetail, ViolationDetail } from "../violations/violation-detail.js";
import type { FixFinding, FixInput, FixResource } from "./fix-input.js";

const violationCodes = new Set<string>([
  "missing-tags",
  "misspelled-tag-key",
  "empty-tag-value",
  "tag-value-not-allowed",
  "tag-value-mismatch",
  "malformed-tags",
  "malformed-tag-value",
  "malformed-model",
  "unapproved-model",
  "model-version-not-approved",
  "model-auto-upgrade",
  "model-out-of-scope",
  "model-retired",
  "tag-too-long",
  "tag-characters",
  "tag-reserved-prefix",
  "too-many-tags",
  "cost-limit-exceeded",
  "cost-option-not-allowed",
  "raw-model-invocation",
]);

export function isViolation(detail: { code: string } | undefined): detail is ViolationDetail {
  return detail !== undefined && violationCodes.has(detail.code);
}

/**
 * The findings the fixer plans for: every violation, and any other finding the config made
 * mandatory (an `ai-not-checkable` set to mandatory fails the check, so it needs a person too).
 */
export function needsFixing(
  detail: FindingDetail | undefined,
  level: string,
): detail is FindingDetail {
  return detail !== undefined && (isViolation(detail) || level === "mandatory");
}

export function providerUrnOf(reference: string | undefined): string | undefined {
  return reference === undefined ? undefined : reference.slice(0, reference.lastIndexOf("::"));
}

/** The stack file of a stack, relative to the program directory, if the stack has one. */
export function stackFileOf(programDir: string, stack: string): string | undefined {
  return [`Pulumi.${stack}.yaml`, `Pulumi.${stack}.yml`].find((f) =>
    existsSync(join(programDir, f)),
  );
}

/**
 * Known string tags of an AI resource with its own tags, for values other resources agree on.
 * Secret and computed values are left out: the fixer never copies a secret into source, nor a
 * plain value whose text is a secret elsewhere in the stack.
 */
function knownTags(
  registration: RegisteredResource,
  byUrn: ReadonlyMap<string, RegisteredResource>,
  secrets: ReadonlySet<string>,
): ReadonlyMap<string, string> | undefined {
  const kind = lookupAiResourceKind(registration.type);
  if (kind?.attribution.kind !== "own-tags") return undefined;
  const provider = byUrn.get(providerUrnOf(registration.provider) ?? "");
  const tags = effectiveTags(registration.inputs, provider?.inputs, kind.cloud);
  if (tags.state !== "known") return new Map();
  return new Map(
    [...tags.tags].filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && !secrets.has(entry[1]),
    ),
  );
}

function plainObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** What `aigov fix` plans from after running the check itself: everything the run recorded. */
export function fixInputFromCheck(
  result: CheckResult,
  tagValues: ReadonlyMap<string, string>,
  requiredTags: readonly CompiledRequiredTag[],
): FixInput {
  const registrations = new Map(result.registrations.map((r) => [r.urn, r]));
  const secrets = new Set(secretTexts(result.registrations.map((r) => r.inputs)));
  const resources: FixResource[] = result.resources.map((resource) => {
    const registration = registrations.get(resource.urn);
    return {
      urn: resource.urn,
      type: resource.type,
      name: resource.name,
      custom: registration?.custom ?? true,
      frames: resource.frames,
      providerUrn: providerUrnOf(registration?.provider),
      ownTags: registration ? knownTags(registration, registrations, secrets) : undefined,
      inputTags: plainObject(registration?.inputs.tags),
    };
  });
  const findings: FixFinding[] = result.findings.flatMap((f) =>
    needsFixing(f.detail, f.enforcementLevel)
      ? [{ policy: f.policy, urn: f.urn, detail: f.detail }]
      : [],
  );
  return {
    programDir: result.programDirectory,
    project: result.project,
    stackFile: stackFileOf(result.programDirectory, result.stack),
    stackConfig: result.stackConfig,
    resources,
    findings,
    tagValues,
    complete: true,
    requiredTags,
  };
}
