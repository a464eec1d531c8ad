import { allPolicyNames } from "../config/policy-names.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The files beside `aigov check --format json` output that are easy to pass to `aigov fix
 * --from` by mistake, each told by a shape its format requires, with what to call it.
 */
const otherFiles: readonly [looksLike: (json: Record<string, unknown>) => boolean, name: string][] =
  [
    [
      // The coverage report: schema/coverage-report.schema.json requires both.
      (json) => isRecord(json.coverage) && Array.isArray(json.byProvider),
      "aigov report --format json output",
    ],
    [
      // SARIF 2.1.0 requires a version and a list of runs at the top.
      (json) => typeof json.version === "string" && Array.isArray(json.runs),
      "a SARIF log (aigov check --format sarif output)",
    ],
    [
      // `pulumi stack export`: a checkpoint version and the deployment it holds.
      (json) => typeof json.version === "number" && isRecord(json.deployment),
      "a pulumi stack export, which aigov check --state reads",
    ],
    [
      // A policy pack config is keyed by the pack's policy names, or `all`.
      (json) =>
        Object.keys(json).some(
          (key) => key === "all" || (allPolicyNames as readonly string[]).includes(key),
        ),
      "a policy pack config, which --config takes",
    ],
  ];

/**
 * What a JSON document with no violations looks like when it is another file this tool writes or
 * reads, so the error can say which file was given; `undefined` when it looks like none of them.
 *
 * @example
 * describeOtherSavedFile({ version: "2.1.0", runs: [] });
 * // "a SARIF log (aigov check --format sarif output)"
 */
export function describeOtherSavedFile(json: unknown): string | undefined {
  if (!isRecord(json)) return undefined;
  return otherFiles.find(([looksLike]) => looksLike(json))?.[1];
}
