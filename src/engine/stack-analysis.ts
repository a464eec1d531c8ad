import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { AnalyzerConnection } from "./analyzer-client.js";
import type { PolicyDiagnostic, PolicyInfo, PolicyRemediation } from "./policy-diagnostic.js";
import type { RegisteredResource } from "./registered-resource.js";
import { readDiagnostics } from "./read-diagnostics.js";
import { toAnalyzeRequest, toAnalyzerResource, type ProviderMessages } from "./to-proto.js";
import { marshalForAnalyzer } from "./wire.js";

/** The provider resource a resource's `urn::id` provider reference names, if it is known. */
export function providerOf(
  resource: RegisteredResource,
  byUrn: ReadonlyMap<string, RegisteredResource>,
): RegisteredResource | undefined {
  if (!resource.provider) return undefined;
  return byUrn.get(resource.provider.slice(0, resource.provider.lastIndexOf("::")));
}

/**
 * One stack's analysis, fed as the engine feeds it: each resource is sent to `Remediate` and then
 * `Analyze` as soon as it is added (as the engine does at each registration, all in flight at
 * once), and `AnalyzeStack` goes once over all of them when the stack is finished.
 */
export class StackAnalysis {
  private readonly resources: RegisteredResource[] = [];
  private readonly byUrn = new Map<string, RegisteredResource>();
  private readonly perResource: Promise<PolicyDiagnostic[]>[] = [];
  private readonly remediations: PolicyRemediation[] = [];
  private readonly checkedInputs = new Map<string, Readonly<Record<string, unknown>>>();
  private readonly providers: ProviderMessages = new Map();
  private readonly policies: ReadonlyMap<string, PolicyInfo>;

  /**
   * @param known resources to look providers up in besides those added: a whole stack given at
   * once may list a provider after a resource that uses it.
   */
  constructor(
    private readonly connection: AnalyzerConnection,
    policies: readonly PolicyInfo[],
    known: readonly RegisteredResource[] = [],
  ) {
    this.policies = new Map(policies.map((p) => [p.name, p]));
    for (const resource of known) this.byUrn.set(resource.urn, resource);
  }

  /**
   * Sends a registered resource's `Remediate` and `Analyze`; its provider must be added first.
   * The returned promise settles when both have answered (a caller may wait, as `--parallel 1`
   * makes the engine wait); it never rejects, since `finish()` reports the first to fail.
   */
  add(resource: RegisteredResource): Promise<void> {
    this.resources.push(resource);
    this.byUrn.set(resource.urn, resource);
    const analysis = this.analyzeOne(resource, providerOf(resource, this.byUrn));
    this.perResource.push(analysis);
    return analysis.then(
      () => undefined,
      () => undefined,
    );
  }

  private async analyzeOne(
    resource: RegisteredResource,
    provider: RegisteredResource | undefined,
  ): Promise<PolicyDiagnostic[]> {
    let inputs = resource.inputs;
    const request = toAnalyzeRequest(resource, inputs, provider, this.providers);
    const remediated = await this.connection.remediate(request);
    // A remediation returns inputs as the pack was sent them (a reference as its id, an output
    // as its value): the first is compared with the program's inputs in that form too, or every
    // reference would look changed.
    let before: Readonly<Record<string, unknown>> | undefined;
    for (const remediation of remediated.getRemediationsList()) {
      const after = remediation.getProperties()?.toJavaScript();
      if (!after) continue;
      before ??= marshalForAnalyzer(inputs);
      this.remediations.push({
        policyName: remediation.getPolicyname(),
        urn: resource.urn,
        before,
        after,
      });
      before = after;
      inputs = after;
    }
    this.checkedInputs.set(resource.urn, inputs);
    // Unremediated inputs are what Remediate was sent: the same request serves Analyze.
    const response = await this.connection.analyze(
      inputs === resource.inputs
        ? request
        : toAnalyzeRequest(resource, inputs, provider, this.providers),
    );
    return readDiagnostics(response, resource.urn, this.byUrn, "", this.policies);
  }

  /** Waits for every resource's analysis, then runs `AnalyzeStack` over all of them. */
  async finish(): Promise<{ diagnostics: PolicyDiagnostic[]; remediations: PolicyRemediation[] }> {
    const perResource = await Promise.all(this.perResource);
    const stackUrns = new Set(this.resources.map((r) => r.urn));
    const rootUrn = this.resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? "";
    const stackRequest = new analyzer.AnalyzeStackRequest();
    stackRequest.setResourcesList(
      this.resources.map((r) =>
        toAnalyzerResource(
          r,
          this.checkedInputs.get(r.urn) ?? r.inputs,
          providerOf(r, this.byUrn),
          this.providers,
        ),
      ),
    );
    const stackResponse = await this.connection.analyzeStack(stackRequest);
    const stackDiagnostics = readDiagnostics(
      stackResponse,
      undefined,
      stackUrns,
      rootUrn,
      this.policies,
    );
    return {
      diagnostics: [...perResource.flat(), ...stackDiagnostics],
      remediations: this.remediations,
    };
  }
}
