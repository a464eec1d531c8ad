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
import {
  enforcementLevelName,
  toAnalyzeRequest,
  type ProviderMessages,
  toAnalyzerResource,
  toConfigureRequest,
  toStackConfigureRequest,
} from "./to-proto.js";

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
}

export interface PolicyPackResult {
  readonly packName: string;
  readonly packVersion: string;
  readonly policies: readonly PolicyInfo[];
  /** The pack's policies the config disabled. */
  readonly disabledPolicies: readonly string[];
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

function severityName(severity: analyzer.PolicySeverity): string {
  const entry = Object.entries(analyzer.PolicySeverity).find(([, value]) => value === severity);
  return (entry?.[0] ?? "").replace("POLICY_SEVERITY_", "").toLowerCase();
}

/** What the engine does to a diagnostic before display (pkg/resource/plugin/analyzer_plugin.go). */
function readDiagnostics(
  response: analyzer.AnalyzeResponse,
  analysedUrn: string | undefined,
  stackUrns: ReadonlySet<string>,
  rootUrn: string,
  policies: ReadonlyMap<string, PolicyInfo>,
): PolicyDiagnostic[] {
  return response.getDiagnosticsList().map((d) => {
    const level = enforcementLevelName(d.getEnforcementlevel());
    const named = d.getUrn();
    const urn = analysedUrn ?? (stackUrns.has(named) ? named : rootUrn);
    const severity =
      d.getSeverity() === analyzer.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED
        ? policies.get(d.getPolicyname())?.severity
        : severityName(d.getSeverity());
    return {
      policyName: d.getPolicyname(),
      policyPackName: d.getPolicypackname(),
      policyPackVersion: d.getPolicypackversion(),
      description: d.getDescription(),
      message: d.getMessage(),
      enforcementLevel: level === "advisory" ? "advisory" : "mandatory",
      urn,
      severity,
    };
  });
}

function providerOf(
  resource: RegisteredResource,
  byUrn: ReadonlyMap<string, RegisteredResource>,
): RegisteredResource | undefined {
  if (!resource.provider) return undefined;
  return byUrn.get(resource.provider.slice(0, resource.provider.lastIndexOf("::")));
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
    const connection = new AnalyzerConnection(pack.port);
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
   * Remediate and Analyze for every resource (all in flight at once, as the engine's parallel
   * step executor sends them), then AnalyzeStack once over all of them.
   */
  async analyze(resources: readonly RegisteredResource[]): Promise<{
    diagnostics: PolicyDiagnostic[];
    remediations: PolicyRemediation[];
  }> {
    const policiesByName = new Map(this.policies.map((p) => [p.name, p]));
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const stackUrns = new Set(byUrn.keys());
    const rootUrn = resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? "";
    const remediations: PolicyRemediation[] = [];
    const checkedInputs = new Map<string, Readonly<Record<string, unknown>>>();
    const providers: ProviderMessages = new Map();

    const perResource = await Promise.all(
      resources.map(async (resource) => {
        const provider = providerOf(resource, byUrn);
        let inputs = resource.inputs;
        const request = toAnalyzeRequest(resource, inputs, provider, providers);
        const remediated = await this.connection.remediate(request);
        for (const remediation of remediated.getRemediationsList()) {
          const after = remediation.getProperties()?.toJavaScript();
          if (!after) continue;
          remediations.push({
            policyName: remediation.getPolicyname(),
            urn: resource.urn,
            before: inputs,
            after,
          });
          inputs = after;
        }
        checkedInputs.set(resource.urn, inputs);
        // Unremediated inputs are what Remediate was sent: the same request serves Analyze.
        const response = await this.connection.analyze(
          inputs === resource.inputs
            ? request
            : toAnalyzeRequest(resource, inputs, provider, providers),
        );
        return readDiagnostics(response, resource.urn, stackUrns, rootUrn, policiesByName);
      }),
    );

    const stackRequest = new analyzer.AnalyzeStackRequest();
    stackRequest.setResourcesList(
      resources.map((r) =>
        toAnalyzerResource(
          r,
          checkedInputs.get(r.urn) ?? r.inputs,
          providerOf(r, byUrn),
          providers,
        ),
      ),
    );
    const stackResponse = await this.connection.analyzeStack(stackRequest);
    const stackDiagnostics = readDiagnostics(
      stackResponse,
      undefined,
      stackUrns,
      rootUrn,
      policiesByName,
    );
    return { diagnostics: [...perResource.flat(), ...stackDiagnostics], remediations };
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
    const { diagnostics, remediations } = await session.analyze(run.resources);
    return {
      packName: session.packName,
      packVersion: session.packVersion,
      policies: session.policies,
      disabledPolicies: session.policies
        .filter((p) => session.levels.get(p.name) === "disabled")
        .map((p) => p.name),
      diagnostics,
      remediations,
      logs: session.logs,
    };
  } finally {
    await session.close();
  }
}
