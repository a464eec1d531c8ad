import type { RegisteredResource } from "../engine/registered-resource.js";
import { secretSig, specialSigKey, unknownStringSentinel } from "../engine/wire.js";
import { hideUndecrypted } from "./stack-config.js";

/**
 * Default providers as the engine registers them for resources that name no provider
 * (pkg/resource/deploy/source_eval.go): one per package and version, named
 * `default_<major>_<minor>_<patch>`, unparented, with every `<package>:<key>` stack config value
 * as a string input (secret when the key is secret) and the plugin version.
 */
export class DefaultProviders {
  private readonly byKey = new Map<string, RegisteredResource>();

  constructor(
    private readonly stack: string,
    private readonly project: string,
    private readonly config: Readonly<Record<string, string>>,
    private readonly secretKeys: readonly string[],
    private readonly onRegister: (provider: RegisteredResource) => void,
  ) {}

  /** Returns the provider reference for a custom resource of `type`, registering it first. */
  referenceFor(type: string, version: string): string | undefined {
    const pkg = type.split(":")[0] ?? "";
    if (pkg === "" || pkg === "pulumi") return undefined;
    const key = `${pkg}@${version}`;
    let provider = this.byKey.get(key);
    if (!provider) {
      provider = this.build(pkg, version);
      this.byKey.set(key, provider);
      this.onRegister(provider);
    }
    return `${provider.urn}::${unknownStringSentinel}`;
  }

  private build(pkg: string, version: string): RegisteredResource {
    const name = version === "" ? "default" : `default_${version.replace(/[.+-]/g, "_")}`;
    const inputs: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.config)) {
      if (!key.startsWith(`${pkg}:`)) continue;
      const input = key.slice(pkg.length + 1);
      const shown = hideUndecrypted(value);
      inputs[input] = this.secretKeys.includes(key)
        ? { [specialSigKey]: secretSig, value: shown }
        : shown;
    }
    if (version !== "") inputs.version = version;
    return {
      urn: `urn:pulumi:${this.stack}::${this.project}::pulumi:providers:${pkg}::${name}`,
      type: `pulumi:providers:${pkg}`,
      name,
      custom: true,
      inputs,
      dependencies: [],
      propertyDependencies: {},
      options: { protect: false, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] },
    };
  }
}
