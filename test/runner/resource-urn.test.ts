import { engineUrn, qualifiedTypeOf } from "../../src/runner/resource-urn";

const stackUrn = "urn:pulumi:dev::demo::pulumi:pulumi:Stack::demo-dev";
const componentUrn = "urn:pulumi:dev::demo::acme:ml:Platform::ml";
const nestedUrn = "urn:pulumi:dev::demo::acme:ml:Platform$acme:ml:Serving::serving";
const bucket = "aws:s3/bucket:Bucket";

const urns: readonly [string, string | undefined, string, string][] = [
  ["no parent", undefined, "b", `urn:pulumi:dev::demo::${bucket}::b`],
  ["the root stack", stackUrn, "b", `urn:pulumi:dev::demo::${bucket}::b`],
  ["a component", componentUrn, "b", `urn:pulumi:dev::demo::acme:ml:Platform$${bucket}::b`],
  [
    "a nested component",
    nestedUrn,
    "b",
    `urn:pulumi:dev::demo::acme:ml:Platform$acme:ml:Serving$${bucket}::b`,
  ],
  [
    "a name with colons",
    componentUrn,
    "a::b",
    `urn:pulumi:dev::demo::acme:ml:Platform$${bucket}::a::b`,
  ],
];

it.each(urns)("builds the URN of a resource under %s", (_name, parent, name, expected) => {
  expect(engineUrn("dev", "demo", parent, bucket, name)).toBe(expected);
});

const qualified: readonly [string, string][] = [
  [stackUrn, "pulumi:pulumi:Stack"],
  [nestedUrn, "acme:ml:Platform$acme:ml:Serving"],
  [`urn:pulumi:dev::demo::${bucket}::a::b`, bucket],
  ["not-a-urn", ""],
];

it.each(qualified)("reads the qualified type of %s", (urn, expected) => {
  expect(qualifiedTypeOf(urn)).toBe(expected);
});
