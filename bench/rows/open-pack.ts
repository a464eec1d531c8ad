import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { AnalyzerConnection } from "../../src/engine/analyzer-client.js";
import type { PolicyInfo } from "../../src/engine/policy-diagnostic.js";
import { reconcilePolicyConfig } from "../../src/engine/reconcile-config.js";
import { startPolicyPack, type PolicyPackProcess } from "../../src/engine/start-policy-pack.js";
import {
  enforcementLevelName,
  toConfigureRequest,
  toStackConfigureRequest,
} from "../../src/engine/to-proto.js";
import { benchStack } from "../generate/resource-mix.js";

/** A started, configured pack and the engine's connection to it. */
export interface OpenPack {
  readonly process: PolicyPackProcess;
  readonly connection: AnalyzerConnection;
  /** The resource policies the config leaves on: the SDK's Analyze runs each of them. */
  readonly enabledResourcePolicies: number;
  close(): Promise<void>;
}

function policyInfoOf(policy: analyzer.PolicyInfo): PolicyInfo {
  return {
    name: policy.getName(),
    description: policy.getDescription(),
    enforcementLevel: enforcementLevelName(policy.getEnforcementlevel()),
    kind: policy.getPolicyType() === analyzer.PolicyType.POLICY_TYPE_STACK ? "stack" : "resource",
    configProperties: policy.getConfigschema()?.getProperties()?.toJavaScript() ?? {},
  };
}

/**
 * Starts a pack and makes the engine's opening calls, as `PolicyPackSession.open` does
 * (Handshake, ConfigureStack, GetAnalyzerInfo, Configure with the reconciled config), keeping the
 * connection so a row can send exactly the RPCs it measures.
 */
export async function openPack(
  packDir: string,
  policyConfig: Readonly<Record<string, unknown>>,
): Promise<OpenPack> {
  const pack = await startPolicyPack(packDir, benchStack);
  const connection = new AnalyzerConnection(pack.port);
  const handshake = new analyzer.AnalyzerHandshakeRequest();
  handshake.setEngineAddress("127.0.0.1:0");
  await connection.handshake(handshake);
  await connection.configureStack(toStackConfigureRequest(benchStack));
  const info = await connection.getAnalyzerInfo();
  const policies = info.getPoliciesList().map(policyInfoOf);
  const config = reconcilePolicyConfig(policies, policyConfig);
  if (config.size > 0) await connection.configure(toConfigureRequest(config));
  const enabled = policies.filter(
    (p) => p.kind === "resource" && config.get(p.name)?.enforcementLevel !== "disabled",
  );
  return {
    process: pack,
    connection,
    enabledResourcePolicies: enabled.length,
    close: async () => {
      connection.close();
      await pack.stop();
    },
  };
}
