import type { StateResource } from "../../src/state/stack-export";
import { registrationsFromExport } from "../../src/state/state-registrations";

const options = { protect: false, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] };

function stateResource(
  urn: string,
  type: string,
  fields: Partial<StateResource> = {},
): StateResource {
  return {
    urn,
    type,
    custom: true,
    inputs: {},
    dependencies: [],
    propertyDependencies: {},
    options,
    delete: false,
    external: false,
    ...fields,
  };
}

const stackUrn = "urn:pulumi:prod::research::pulumi:pulumi:Stack::research-prod";
const providerUrn = "urn:pulumi:prod::research::pulumi:providers:aws::default_7_48_0";
const platformUrn = "urn:pulumi:prod::research::acme:ml:Platform::ml";
const modelUrn = "urn:pulumi:prod::research::acme:ml:Platform$aws:sagemaker/model:Model::ml::model";

const resources: StateResource[] = [
  stateResource(stackUrn, "pulumi:pulumi:Stack", { custom: false }),
  stateResource(providerUrn, "pulumi:providers:aws", {
    id: "p-1",
    inputs: { defaultTags: '{"tags":{"owner":"ml"}}', version: "7.48.0" },
  }),
  stateResource(platformUrn, "acme:ml:Platform", { custom: false, parent: stackUrn }),
  stateResource(modelUrn, "aws:sagemaker/model:Model", {
    id: "m-1",
    parent: platformUrn,
    provider: `${providerUrn}::p-1`,
    inputs: { tags: { team: "research" } },
  }),
  stateResource(`${modelUrn}-old`, "aws:sagemaker/model:Model", { delete: true }),
  stateResource("urn:pulumi:prod::research::aws:s3/bucket:Bucket::shared", "aws:s3/bucket:Bucket", {
    external: true,
  }),
];

it("takes project and stack from the stack resource's URN, as deployed values", () => {
  const { stack } = registrationsFromExport({ version: 3, resources });
  expect(stack).toEqual({
    organization: "organization",
    project: "research",
    stack: "prod",
    dryRun: false,
    config: {},
    secretKeys: [],
    tags: {},
  });
});

it("registers what the stack manages: not resources marked for deletion or read with get", () => {
  const { resources: registered } = registrationsFromExport({ version: 3, resources });
  expect(registered.map((r) => r.urn)).toEqual([stackUrn, providerUrn, platformUrn, modelUrn]);
});

it("keeps parents, providers and inputs, with the name from the URN and no source position", () => {
  const model = registrationsFromExport({ version: 3, resources }).resources[3];
  expect(model).toEqual({
    urn: modelUrn,
    type: "aws:sagemaker/model:Model",
    name: "ml::model",
    custom: true,
    parent: platformUrn,
    provider: `${providerUrn}::p-1`,
    inputs: { tags: { team: "research" } },
    dependencies: [],
    propertyDependencies: {},
    options,
  });
});

it("takes the stack from the first resource when the state has no stack resource", () => {
  const { stack } = registrationsFromExport({ version: 3, resources: resources.slice(1) });
  expect([stack.project, stack.stack]).toEqual(["research", "prod"]);
});
