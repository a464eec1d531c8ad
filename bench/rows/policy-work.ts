import type {
  Policy,
  ReportViolation,
  ResourceValidation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { PolicyInfo } from "../../src/engine/policy-diagnostic.js";
import type { RegisteredResource } from "../../src/engine/registered-resource.js";
import { reconcilePolicyConfig } from "../../src/engine/reconcile-config.js";
import { providerOf } from "../../src/engine/stack-analysis.js";
import { toAnalyzerResource } from "../../src/engine/to-proto.js";
import { policies } from "../../src/policies/index.js";
import type { BenchContext, RowResult } from "../row.js";
import { median } from "../stats.js";
import { collectGarbage, mainThreadMs } from "../thread-cpu.js";
import { analyzeRequests } from "./analyze.js";
import { resourceArgs, stackArgs, UnknownValueError } from "./policy-args.js";

/** A resource policy's one validation function (ours have one each, never a list). */
function validationOf(p: Policy): ResourceValidation | undefined {
  const validate = (p as Partial<ResourceValidationPolicy>).validateResource;
  return typeof validate === "function" ? validate : undefined;
}

function isStackPolicy(p: Policy): p is StackValidationPolicy {
  return "validateStack" in p && typeof p.validateStack === "function";
}

/** The config each policy's `args.getConfig()` returns after the engine's `Configure`. */
export function configuredPolicies(policyConfig: Readonly<Record<string, unknown>>) {
  const infos: PolicyInfo[] = policies.map((p) => ({
    name: p.name,
    description: p.description,
    enforcementLevel: p.enforcementLevel ?? "advisory",
    kind: isStackPolicy(p) ? "stack" : "resource",
    configProperties: p.configSchema?.properties ?? {},
  }));
  const reconciled = reconcilePolicyConfig(infos, policyConfig);
  return policies
    .filter((p) => reconciled.get(p.name)?.enforcementLevel !== "disabled")
    .map((policy) => {
      const properties = reconciled.get(policy.name)?.properties ?? {};
      // As the SDK's getConfig: a new object each call, without the level.
      return { policy, getConfig: () => ({ ...properties }) };
    });
}

interface Prepared {
  readonly resourceCalls: { validate: ResourceValidation; args: ResourceValidationArgs }[];
  readonly stackCalls: { validate: StackValidationPolicy; args: StackValidationArgs }[];
}

/** The requests the engine sends for the stack: its work, built once. */
export function requestsOf(resources: readonly RegisteredResource[]) {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const stackResources = resources.map((r) =>
    toAnalyzerResource(r, r.inputs, providerOf(r, byUrn)),
  );
  return { analyze: analyzeRequests(resources), stack: stackResources };
}

/** Every call the pack's SDK would make for the stack, with arguments built as it builds them. */
export function prepare(
  requests: ReturnType<typeof requestsOf>,
  configured: ReturnType<typeof configuredPolicies>,
): Prepared {
  const resourceCalls = requests.analyze.flatMap((request) =>
    configured.flatMap(({ policy, getConfig }) => {
      const validate = validationOf(policy);
      return validate ? [{ validate, args: resourceArgs(request, getConfig) }] : [];
    }),
  );
  const stackCalls = configured.flatMap(({ policy, getConfig }) =>
    isStackPolicy(policy) ? [{ validate: policy, args: stackArgs(requests.stack, getConfig) }] : [],
  );
  return { resourceCalls, stackCalls };
}

/** One pass over the stack: every policy on every resource, then the stack policies. */
export function runPolicies(prepared: Prepared): {
  resourceMs: number;
  stackMs: number;
  findings: number;
} {
  let findings = 0;
  const report: ReportViolation = () => {
    findings++;
  };
  const start = mainThreadMs();
  for (const { validate, args } of prepared.resourceCalls) {
    try {
      void validate(args, report);
    } catch (error) {
      // The SDK turns an unknown read into an advisory finding; anything else fails Analyze.
      if (!(error instanceof UnknownValueError)) throw error;
      findings++;
    }
  }
  const middle = mainThreadMs();
  for (const { validate, args } of prepared.stackCalls) void validate.validateStack(args, report);
  return { resourceMs: middle - start, stackMs: mainThreadMs() - middle, findings };
}

/**
 * The policies' own work, in process: each enabled resource policy's `validateResource` on every
 * resource, and each stack policy's `validateStack` over all of them, with arguments built as
 * @pulumi/policy builds them (outside the timing: that is the SDK's cost, not ours). Reported as
 * microseconds of the main thread's CPU time per resource, the median of several passes after a
 * warm-up pass.
 */
export function measurePolicyWork(
  context: BenchContext,
  resources: readonly RegisteredResource[],
  policyConfig: Readonly<Record<string, unknown>>,
): RowResult {
  const configured = configuredPolicies(policyConfig);
  const requests = requestsOf(resources);
  const passes: { resourceMs: number; stackMs: number }[] = [];
  let findings = 0;
  const sdk = { ours: [] as number[], one: [] as number[] };
  for (let pass = 0; pass <= context.repetitions; pass++) {
    // What the SDK does before a policy runs, for comparison: for one policy (a no-op pack's)...
    collectGarbage();
    const oneStart = mainThreadMs();
    for (const request of requests.analyze) resourceArgs(request, () => ({}));
    sdk.one.push(mainThreadMs() - oneStart);
    // ...and for ours, which is also the arguments of the timed pass.
    collectGarbage();
    const buildStart = mainThreadMs();
    const prepared = prepare(requests, configured);
    sdk.ours.push(mainThreadMs() - buildStart);
    // The timed pass starts on a clean heap: its collections are its own garbage.
    collectGarbage();
    const run = runPolicies(prepared);
    findings = run.findings;
    if (pass > 0) passes.push(run);
  }
  const perResource = (ms: number) => (ms * 1000) / resources.length;
  const sdkMicros = (samples: number[]) => perResource(median(samples)).toFixed(0);
  const total = median(passes.map((p) => perResource(p.resourceMs + p.stackMs)));
  const resourcePart = median(passes.map((p) => perResource(p.resourceMs)));
  return {
    key: "policyMicrosPerResource",
    what: `policies' own work per resource (${String(resources.length)}, in process)`,
    unit: "µs",
    ours: total,
    ratio: total,
    target: 20,
    peakRssMb: { ours: process.resourceUsage().maxRSS / 1024 },
    note: [
      `${resourcePart.toFixed(1)} µs in validateResource, the rest in validateStack`,
      `${String(findings)} findings`,
      "not counted: the SDK's own work to hand a resource to the policies (deserializing its " +
        "inputs for each resource and stack policy, as @pulumi/policy does unless the pack " +
        `shares one conversion) took ${sdkMicros(sdk.ours)} µs for ours, ` +
        `${sdkMicros(sdk.one)} µs for one policy`,
    ].join("; "),
  };
}
