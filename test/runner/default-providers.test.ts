import type { RegisteredResource } from "../../src/engine/registered-resource";
import { secretSig, specialSigKey, unknownStringSentinel } from "../../src/engine/wire";
import { DefaultProviders } from "../../src/runner/default-providers";
import { buildStackConfig } from "../../src/runner/stack-config";

// The default provider is built from the stack's aws:* config. A secure value the runner cannot
// decrypt must reach the policies as unknown, never as the stand-in text that replaced it.

const stackFile = {
  "aws:region": "us-east-1",
  "aws:accessKey": { secure: "v1:YWNjZXNzLWtleQ==" },
  "aws:defaultTags": { tags: { owner: "ml", "cost-center": { secure: "v1:Q0MtMDAwNw==" } } },
};

function defaultProvider(): RegisteredResource {
  const config = buildStackConfig(
    { directory: "/programs/demo", name: "demo", config: {} },
    stackFile,
  );
  const registered: RegisteredResource[] = [];
  const providers = new DefaultProviders("dev", "demo", config.values, config.secretKeys, (p) =>
    registered.push(p),
  );
  providers.referenceFor("aws:bedrock/guardrail:Guardrail", "7.48.0");
  return registered[0]!;
}

const secret = (value: unknown) => ({ [specialSigKey]: secretSig, value });

it("passes a secure value it could not decrypt as a secret unknown", () => {
  expect(defaultProvider().inputs).toEqual({
    region: "us-east-1",
    accessKey: secret(unknownStringSentinel),
    defaultTags: secret(unknownStringSentinel),
    version: "7.48.0",
  });
});

it("never passes the stand-in text or the ciphertext on", () => {
  const inputs = JSON.stringify(defaultProvider().inputs);
  expect(inputs).not.toMatch(/aigov: secure|v1:/);
});
