import fc from "fast-check";
import { secret, unknown } from "../support/resources";

/**
 * Values of every shape a program (or a buggy SDK, or a hand-written stack export) can put where
 * the pack expects a tags map or a model id. Each arbitrary mixes plausible values, wrong types,
 * the preview's unknown sentinel and secrets, so one generated resource exercises several
 * branches at once.
 */

/** Tag keys the robustness config requires, so generated tags sometimes satisfy it. */
export const requiredKeys = ["owner", "cost-center", "environment"] as const;

const oddKeys = fc.constantFrom("", " ", "Owner", "owner ", "ownr", "__proto__", "constructor");
const tagKey = fc.oneof(
  fc.constantFrom(...requiredKeys),
  oddKeys,
  fc.string({ unit: "grapheme", maxLength: 12 }),
);

/** A JSON value as it crosses the wire, with unknowns and secrets at any depth. */
export const wireValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constant(unknown),
    tie("value").map((v) => secret(v)),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(tagKey, tie("value"), { maxKeys: 4 }),
  ),
})).value;

const tagValue = fc.oneof(
  fc.constantFrom("alice", "CC-1234", "dev", "prod", "", " "),
  fc.constant(unknown),
  fc.constantFrom("alice", "CC-1234", "prod").map((v) => secret(v)),
  wireValue,
);

/** A tags object with a thousand keys, some of them the required ones. */
const thousandKeys = fc.integer({ min: 0, max: 2 }).map((variant) => {
  const tags: Record<string, unknown> = {};
  for (let i = 0; i < 1000; i++) tags[`k${String(i)}-${"é".repeat(i % 7)}`] = `v${String(i)}`;
  if (variant > 0) tags.owner = "alice";
  if (variant > 1) tags["cost-center"] = secret("CC-1234");
  return tags;
});

/** What a program may pass as `tags`. A thousand keys is rare: it costs the pack ~0.2s each. */
export const tagsInput: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: thousandKeys, weight: 1 },
  ...[
    fc.dictionary(tagKey, tagValue, { maxKeys: 6 }),
    fc.record({ owner: tagValue, "cost-center": tagValue, environment: tagValue }),
    fc.array(tagValue, { maxLength: 4 }),
    fc.array(fc.record({ key: tagKey, value: tagValue }), { maxLength: 3 }),
    fc.constant(null),
    fc.double(),
    fc.integer(),
    fc.string({ maxLength: 10 }),
    fc.boolean(),
    fc.constant(unknown),
    fc.dictionary(tagKey, tagValue, { maxKeys: 4 }).map((tags) => secret(tags)),
    fc.dictionary(tagKey, wireValue, { maxKeys: 3 }),
  ].map((arbitrary) => ({ arbitrary, weight: 16 })),
);

const approvedIds = [
  "anthropic.claude-3-5-haiku-20241022-v1:0",
  "amazon.titan-embed-text-v2:0",
  "gpt-4o",
];

const bedrockArn = fc
  .tuple(
    fc.constantFrom(
      "foundation-model",
      "inference-profile",
      "provisioned-model",
      "custom-model",
      "",
    ),
    fc.constantFrom("us-east-1", "", "eu-west-1"),
    fc.constantFrom(...approvedIds, "anthropic.claude-v2", "us.anthropic.claude-v2", "x/y/z", ""),
  )
  .map(([kind, region, id]) => `arn:aws:bedrock:${region}::${kind}/${id}`);

const azureModel = fc.record(
  {
    format: fc.oneof(fc.constantFrom("OpenAI", "openai", ""), wireValue),
    name: fc.oneof(fc.constantFrom("gpt-4o", "gpt-4", "gpt-35-turbo"), wireValue),
    version: fc.oneof(fc.constantFrom("2024-11-20", "0613", ""), wireValue),
  },
  { requiredKeys: [] },
);

const sagemakerContainer = fc.record(
  {
    image: fc.oneof(fc.constantFrom("123.dkr.ecr.us-east-1.amazonaws.com/x:1", ""), wireValue),
    modelPackageName: wireValue,
    environment: fc.oneof(
      fc.record({ HF_MODEL_ID: fc.oneof(fc.constantFrom("gpt2", "meta-llama/x"), wireValue) }),
      wireValue,
    ),
    modelDataSource: wireValue,
  },
  { requiredKeys: [] },
);

/** What a program may pass where the catalogue expects a model id. */
export const modelInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...approvedIds, "anthropic.claude-v2", "gpt-4", "meta.llama3-8b-instruct-v1:0"),
  bedrockArn,
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.constant(`${"a".repeat(10_000)}:0`),
  fc.constant(unknown),
  fc.constantFrom(...approvedIds, "anthropic.claude-v2").map((v) => secret(v)),
  bedrockArn.map((v) => secret(v)),
  azureModel,
  azureModel.map((v) => secret(v)),
  sagemakerContainer,
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  wireValue,
);

/** What a program may pass where a cost driver (instance type, count, SKU) is read. */
export const costInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("ml.g5.xlarge", "ml.p4d.24xlarge", "Standard", "OneMonth", "none"),
  fc.integer({ min: -5, max: 500 }),
  fc.constant(unknown),
  fc.integer({ min: 0, max: 10 }).map((v) => secret(v)),
  wireValue,
);
