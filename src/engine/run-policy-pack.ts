import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { AnalyzerConnection } from "./analyzer-client.js";
import type {
  EnforcementLevelName,
  PolicyDiagnostic,
  PolicyInfo,
  PolicyRemediation,
} from "./policy-diagnostic.js";
import { reconcilePolicyConfig } from "./reconcile-config.js";
import type { RegisteredResource, StackContext } from "./registered-resource.js";
import { startPolicyPack, type PolicyPackProcess } from "./start-policy-pack.js";
import { severityName } from "./read-diagnostics.js";
import { StackAnalysis } from "./stack-analysis.js";
import { enforcementLevelName, toConfigureRequest, toStackConfigureRequest } from "./to-proto.js";

export interface PolicyPackRun {
  readonly packDir: string;
  readonly stack: StackContext;
  /** Every registered resource, providers (default ones included) and the root stack too. */
  readonly resources: readonly RegisteredResource[];
  /** The `--policy-pack-config` file as parsed JSON, already validated. */
  readonly policyConfig?: Readonly<Record<string, unknown>> | undefined;
  readonly programDirectory?: string | undefined;
  /** A pack already started for this stack (to overlap its start-up with other work). */
  readonly started?: Promise<PolicyPackProcess> | undefined;
  /** How long one call may go unanswered; the connection's default otherwise. */
  readonly answerWithinMs?: number | undefined;
}

export interface PolicyPackResult {
  readonly packName: string;
  readonly packVersion: string;
  readonly policies: readonly PolicyInfo[];
  /** The pack's policies the config disabled. */
  readonly disabledPolicies: readonly string[];
  /** Each policy's level after the engine's config reconciliation, by policy name. */
  readonly levels: ReadonlyMap<string, EnforcementLevelName>;
  readonly diagnostics: readonly PolicyDiagnostic[];
  readonly remediations: readonly PolicyRemediation[];
  /** What the pack printed while running, which the CLI shows as info diagnostics. */
  readonly logs: readonly string[];
}

function readPolicyInfo(policy: analyzer.PolicyInfo): PolicyInfo {
  const severity = policy.getSeverity();
  return {
    name: policy.getName(),
    description: policy.getDescription(),
    enforcementLevel: enforcementLevelName(policy.getEnforcementlevel()),
    severity:
      severity === analyzer.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED
        ? undefined
        : severityName(severity),
    kind: policy.getPolicyType() === analyzer.PolicyType.POLICY_TYPE_STACK ? "stack" : "resource",
    configProperties: policy.getConfigschema()?.getProperties()?.toJavaScript() ?? {},
  };
}

/**
 * A policy pack started and configured for one stack, ready to analyse resources as the engine
 * does. Open one with `openPolicyPackSession`; close it when done.
 */
export class PolicyPackSession {
  private constructor(
    private readonly pack: PolicyPackProcess,
    private readonly connection: AnalyzerConnection,
    readonly packName: string,
    readonly packVersion: string,
    readonly policies: readonly PolicyInfo[],
    /** Each policy's level after the engine's config reconciliation. */
    readonly levels: ReadonlyMap<string, EnforcementLevelName>,
  ) {}

  /**
   * Starts the pack (or takes one already starting) and makes the engine's opening calls:
   * Handshake, ConfigureStack, GetAnalyzerInfo, then Configure with the reconciled config.
   */
  static async open(run: Omit<PolicyPackRun, "resources">): Promise<PolicyPackSession> {
    const pack = await (run.started ?? startPolicyPack(run.packDir, run.stack));
    const connection = new AnalyzerConnection(pack.port, {
      answerWithinMs: run.answerWithinMs,
      packOutput: () => pack.logs,
    });
    try {
      const handshake = new analyzer.AnalyzerHandshakeRequest();
      handshake.setEngineAddress("127.0.0.1:0");
      handshake.setRootDirectory(run.programDirectory ?? run.packDir);
      handshake.setProgramDirectory(run.programDirectory ?? run.packDir);
      await connection.handshake(handshake);
      await connection.configureStack(toStackConfigureRequest(run.stack));
      const info = await connection.getAnalyzerInfo();
      const policies = info.getPoliciesList().map(readPolicyInfo);
      const config = reconcilePolicyConfig(policies, run.policyConfig);
      if (config.size > 0) await connection.configure(toConfigureRequest(config));
      const levels = new Map([...config].map(([name, c]) => [name, c.enforcementLevel]));
      for (const policy of policies)
        if (!levels.has(policy.name)) levels.set(policy.name, policy.enforcementLevel);
      return new PolicyPackSession(
        pack,
        connection,
        info.getName(),
        info.getVersion(),
        policies,
        levels,
      );
    } catch (error) {
      connection.close();
      await pack.stop();
      throw error;
    }
  }

  /** What the pack printed so far, which the CLI shows as info diagnostics. */
  get logs(): readonly string[] {
    return this.pack.logs;
  }

  /**
   * Starts one stack's analysis, to add resources to as they are registered: the engine sends
   * `Remediate` and `Analyze` at each registration, and `AnalyzeStack` at the end.
   */
  beginAnalysis(): StackAnalysis {
    return new StackAnalysis(this.connection, this.policies);
  }

  /**
   * Remediate and Analyze for every resource (all in flight at once, as the engine's parallel
   * step executor sends them), then AnalyzeStack once over all of them. `oneAtATime` waits for
   * each resource before sending the next, as `--parallel 1` does, for tests that compare.
   */
  async analyze(
    resources: readonly RegisteredResource[],
    { oneAtATime = false }: { oneAtATime?: boolean } = {},
  ): Promise<{
    diagnostics: PolicyDiagnostic[];
    remediations: PolicyRemediation[];
  }> {
    const analysis = new StackAnalysis(this.connection, this.policies, resources);
    for (const resource of resources) {
      const analysed = analysis.add(resource);
      if (oneAtATime) await analysed;
    }
    return analysis.finish();
  }

  /** What the run found, with the pack's description and what it printed so far. */
  resultOf(analysed: {
    diagnostics: readonly PolicyDiagnostic[];
    remediations: readonly PolicyRemediation[];
  }): PolicyPackResult {
    return {
      packName: this.packName,
      packVersion: this.packVersion,
      policies: this.policies,
      disabledPolicies: this.policies
        .filter((p) => this.levels.get(p.name) === "disabled")
        .map((p) => p.name),
      levels: this.levels,
      diagnostics: analysed.diagnostics,
      remediations: analysed.remediations,
      logs: this.logs,
    };
  }

  /** Closes the connection and stops the pack as the engine does. */
  async close(): Promise<void> {
    this.connection.close();
    await this.pack.stop();
  }
}

/**
 * Runs a policy pack over a stack's resources the way `pulumi preview --policy-pack` does: open
 * a session, analyse every resource, stop the pack.
 *
 * @example
 * const result = await runPolicyPack({ packDir: "policypack", stack, resources });
 * result.diagnostics.filter((d) => d.enforcementLevel === "mandatory");
 */
export async function runPolicyPack(run: PolicyPackRun): Promise<PolicyPackResult> {
  const session = await PolicyPackSession.open(run);
  try {
    return session.resultOf(await session.analyze(run.resources));
  } finally {
    await session.close();
  }
}
