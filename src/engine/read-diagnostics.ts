import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { PolicyDiagnostic, PolicyInfo } from "./policy-diagnostic.js";
import { enforcementLevelName } from "./to-proto.js";

export function severityName(severity: analyzer.PolicySeverity): string {
  const entry = Object.entries(analyzer.PolicySeverity).find(([, value]) => value === severity);
  return (entry?.[0] ?? "").replace("POLICY_SEVERITY_", "").toLowerCase();
}

/**
 * What the engine does to a diagnostic before display (pkg/resource/plugin/analyzer_plugin.go):
 * an `Analyze` diagnostic is the analysed resource's; an `AnalyzeStack` one is the resource it
 * names if that is in the stack, else the stack's.
 */
export function readDiagnostics(
  response: analyzer.AnalyzeResponse,
  analysedUrn: string | undefined,
  stackUrns: { has(urn: string): boolean },
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
