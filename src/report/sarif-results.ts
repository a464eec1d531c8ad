import { createHash } from "node:crypto";
import type { CheckFinding } from "../check/check-result.js";
import type { SarifLocation, SarifResult } from "./sarif-log.js";
import { sarifLevelOf } from "./sarif-rules.js";
import { pathFromSourceRoot } from "./source-root.js";

/** The base every artifact URI is relative to: the checkout's root, as code scanning expects. */
export const sourceRootBaseId = "%SRCROOT%";

/** Where results point: the source root, the program in it, and its project file. */
export interface ResultPlace {
  readonly sourceRoot: string;
  readonly programDirectory: string;
  /**
   * `Pulumi.yaml`, relative to the program directory: a finding with no program line (on the
   * stack itself, or on a resource registered outside the program's files) is anchored there,
   * because code scanning refuses a whole upload when any result lacks a file.
   */
  readonly projectFile: string;
}

/** A path as a relative URI: each segment percent-encoded, so `#`, `?` and `:` stay literal. */
function uriOfPath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function locationOf(finding: CheckFinding, place: ResultPlace): SarifLocation {
  const where = finding.location;
  const file = pathFromSourceRoot(
    place.sourceRoot,
    place.programDirectory,
    where?.file ?? place.projectFile,
  );
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOfPath(file), uriBaseId: sourceRootBaseId },
      region: where ? { startLine: where.line, startColumn: where.column } : { startLine: 1 },
    },
    logicalLocations: [
      {
        name: finding.name === "" ? (finding.urn.split("::").pop() ?? finding.urn) : finding.name,
        fullyQualifiedName: finding.urn,
        kind: "resource",
      },
    ],
  };
}

/**
 * What identifies a finding across runs, so code scanning keeps one alert while lines move: the
 * policy, the resource's URN and the finding as data, without the days an exemption or a
 * deprecated model has left, which change every day.
 */
export function findingFingerprint(finding: CheckFinding): string {
  const subject = JSON.stringify(finding.detail ?? finding.message, (key, value: unknown) =>
    key === "daysLeft" ? undefined : value,
  );
  return createHash("sha256")
    .update([finding.policy, finding.urn, subject].join("\u0000"))
    .digest("hex");
}

/** Fingerprint key: versioned, so a change to what it hashes starts new alerts knowingly. */
export const fingerprintKey = "aigovFinding/v1";

function resultOf(finding: CheckFinding, ruleIndex: number, place: ResultPlace): SarifResult {
  return {
    ruleId: finding.policy,
    ruleIndex,
    level: sarifLevelOf(finding.policy, finding.enforcementLevel),
    message: { text: finding.message },
    locations: [locationOf(finding, place)],
    partialFingerprints: { [fingerprintKey]: findingFingerprint(finding) },
    properties: {
      enforcementLevel: finding.enforcementLevel,
      severity: finding.severity,
      code: finding.detail?.code,
      resourceType: finding.type === "" ? undefined : finding.type,
    },
  };
}

/** Code-unit order, the same on every machine (a locale's order is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKey(result: SarifResult): [string, number, number] {
  const { artifactLocation, region } = result.locations[0].physicalLocation;
  return [artifactLocation.uri, region.startLine, region.startColumn ?? 0];
}

/** One result per finding, ordered by file, line, column and rule. */
export function sarifResults(
  findings: readonly CheckFinding[],
  ruleIds: readonly string[],
  place: ResultPlace,
): SarifResult[] {
  const results = findings.map((f) => resultOf(f, ruleIds.indexOf(f.policy), place));
  return results.sort((a, b) => {
    const [fileA, lineA, columnA] = sortKey(a);
    const [fileB, lineB, columnB] = sortKey(b);
    return (
      compareText(fileA, fileB) ||
      lineA - lineB ||
      columnA - columnB ||
      a.ruleIndex - b.ruleIndex ||
      compareText(a.message.text, b.message.text)
    );
  });
}
