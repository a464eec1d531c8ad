import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { countByLevel, type CheckResult } from "../check/check-result.js";
import { packageVersion, projectRoot } from "../project-paths.js";
import type { SarifLog } from "./sarif-log.js";
import { sarifResults, sourceRootBaseId, type ResultPlace } from "./sarif-results.js";
import { sarifRules, type PolicyDocUri } from "./sarif-rules.js";

/** The OASIS schema the log declares (and the tests validate it against). */
export const sarifSchemaUri =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** What a SARIF log needs beyond the check's result: where paths start, and aigov's own facts. */
export interface SarifContext extends ResultPlace {
  readonly toolVersion: string;
  readonly informationUri: string;
  readonly docUri: PolicyDocUri;
}

/**
 * The context for a check: `Pulumi.yaml` (or `Pulumi.yml`, or the `--state` export) as the anchor
 * for findings without a line, and links to this installation's README and policy pages.
 */
export function sarifContextOf(result: CheckResult, sourceRoot: string): SarifContext {
  // A stack export has no program lines: its findings are anchored at the export itself.
  const projectFile =
    result.stateFile !== undefined
      ? basename(result.stateFile)
      : (["Pulumi.yaml", "Pulumi.yml"].find((f) => existsSync(join(result.programDirectory, f))) ??
        "Pulumi.yaml");
  return {
    sourceRoot,
    programDirectory: result.programDirectory,
    projectFile,
    toolVersion: packageVersion(),
    informationUri: pathToFileURL(join(projectRoot, "README.md")).href,
    docUri: (policy) => pathToFileURL(join(projectRoot, "docs", "policies", `${policy}.md`)).href,
  };
}

/** A directory as a URI that other URIs resolve against: it must end in `/`. */
function directoryUri(directory: string): string {
  const uri = pathToFileURL(directory).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

/**
 * `aigov check --format sarif`: a SARIF 2.1.0 log with one run, one rule per policy of the pack
 * and one result per finding, each at the line that constructed its resource, relative to the
 * repository root, so GitHub code scanning annotates that line in a pull request.
 *
 * @example
 * const result = await runCheck("examples/bedrock-agent", { policyConfig });
 * renderSarifReport(result, sarifContextOf(result, findSourceRoot(result.programDirectory)));
 */
export function renderSarifReport(result: CheckResult, context: SarifContext): string {
  const rules = sarifRules(result.policies, result.findings, context.docUri);
  const { mandatory, advisory } = countByLevel(result.findings);
  const log: SarifLog = {
    $schema: sarifSchemaUri,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "aigov",
            fullName: "aigov check (pulumi-ai-governance)",
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: context.informationUri,
            rules,
          },
        },
        automationDetails: { id: `aigov/${result.project}/${result.stack}/` },
        originalUriBaseIds: { [sourceRootBaseId]: { uri: directoryUri(context.sourceRoot) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults(
          result.findings,
          rules.map((r) => r.id),
          context,
        ),
        properties: {
          project: result.project,
          stack: result.stack,
          policyPack: { name: result.packName, version: result.packVersion },
          mandatory,
          advisory,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
