import { randomBytes } from "node:crypto";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { secretSig, specialSigKey } from "../../src/engine/wire";

export interface ExportOptions {
  /** Which secrets the export holds encrypted, by their plain value; the rest as plaintext. */
  readonly encrypted?: (value: unknown) => boolean;
  /** Outputs of the stack resource, in wire form (secrets as wire secrets). */
  readonly stackOutputs?: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A wire value as the engine writes it into a checkpoint (pkg/resource/stack,
 * SerializePropertyValue): a secret becomes `{sig, plaintext}` holding the JSON text of its value,
 * as `pulumi stack export --show-secrets` writes it, or `{sig, ciphertext}` with opaque bytes.
 */
function stateValueOf(value: unknown, options: ExportOptions): unknown {
  if (Array.isArray(value)) return value.map((item) => stateValueOf(item, options));
  if (!isRecord(value)) return value;
  if (value[specialSigKey] === secretSig) {
    const inner = stateValueOf(value.value, options);
    return options.encrypted?.(value.value) === true
      ? { [specialSigKey]: secretSig, ciphertext: `v1:${randomBytes(24).toString("base64")}` }
      : { [specialSigKey]: secretSig, plaintext: JSON.stringify(inner) };
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, stateValueOf(inner, options)]),
  );
}

function providerIdOf(index: number): string {
  return `8d2c6f0e-0000-4000-8000-${String(index).padStart(12, "0")}`;
}

/**
 * The JSON `pulumi stack export` would write after deploying a program's registrations
 * (apitype.UntypedDeployment, version 3, DeploymentV3 and ResourceV3): ids for custom resources,
 * provider references `<urn>::<id>`, inputs and outputs with secrets in the checkpoint's secret
 * envelope, parents, dependencies. Values a preview left unknown stay the engine's sentinel, as
 * a checkpoint records a computed value.
 */
export function stackExportOf(
  registrations: readonly RegisteredResource[],
  options: ExportOptions = {},
): Record<string, unknown> {
  const providerIds = new Map(
    registrations
      .filter((r) => r.type.startsWith("pulumi:providers:"))
      .map((r, index) => [r.urn, providerIdOf(index)]),
  );
  const providerReference = (reference: string | undefined) => {
    if (reference === undefined) return undefined;
    const urn = reference.slice(0, reference.lastIndexOf("::"));
    return `${urn}::${providerIds.get(urn) ?? "unknown-provider"}`;
  };

  const resources = registrations.map((r) => {
    const inputs = stateValueOf(r.inputs, options);
    const isStack = r.type === "pulumi:pulumi:Stack";
    const outputs = isStack ? stateValueOf(options.stackOutputs ?? {}, options) : inputs;
    return {
      urn: r.urn,
      custom: r.custom,
      ...(r.custom ? { id: providerIds.get(r.urn) ?? `${r.name}-id` } : {}),
      type: r.type,
      inputs,
      outputs,
      ...(r.parent ? { parent: r.parent } : {}),
      ...(r.options.protect ? { protect: true } : {}),
      dependencies: r.dependencies,
      ...(r.provider ? { provider: providerReference(r.provider) } : {}),
      propertyDependencies: r.propertyDependencies,
      created: "2026-05-04T09:12:30.123456Z",
      modified: "2026-05-04T09:12:30.123456Z",
    };
  });
  return {
    version: 3,
    deployment: {
      manifest: {
        time: "2026-05-04T09:12:31.5+00:00",
        magic: randomBytes(32).toString("hex"),
        version: "v3.248.0",
      },
      secrets_providers: {
        type: "passphrase",
        state: {
          salt: `v1:${randomBytes(8).toString("base64")}:v1:${randomBytes(24).toString("base64")}`,
        },
      },
      resources,
    },
  };
}
