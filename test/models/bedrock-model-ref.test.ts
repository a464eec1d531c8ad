import {
  isArn,
  parseBedrockModelRef,
  type BedrockModelRef,
} from "../../src/models/bedrock-model-ref";

const haiku = "anthropic.claude-3-haiku-20240307-v1:0";
const account = "123456789012";

function resolved(modelId: string, prefix = ""): BedrockModelRef {
  return { kind: "resolved", modelId, prefix };
}

const cases: readonly [string, string, BedrockModelRef][] = [
  ["a plain model id", haiku, resolved(haiku)],
  [
    "a model id without a version suffix",
    "amazon.titan-embed-text-v2",
    resolved("amazon.titan-embed-text-v2"),
  ],
  ["a us. profile id", `us.${haiku}`, resolved(haiku, "us.")],
  ["an eu. profile id", `eu.${haiku}`, resolved(haiku, "eu.")],
  ["an apac. profile id", `apac.${haiku}`, resolved(haiku, "apac.")],
  ["a global. profile id", `global.${haiku}`, resolved(haiku, "global.")],
  ["a us-gov. profile id", `us-gov.${haiku}`, resolved(haiku, "us-gov.")],
  ["an id starting with the word us", "usage.meter-v1", resolved("usage.meter-v1")],
  ["an id whose vendor is a geography but has no model part", "us.titan", resolved("us.titan")],
  [
    "an id starting with a geography and a hyphen",
    "us-east.model-v1",
    resolved("us-east.model-v1"),
  ],
  ["an id starting with a dot", ".anthropic.claude", resolved(".anthropic.claude")],
  [
    "a foundation-model ARN",
    `arn:aws:bedrock:us-east-1::foundation-model/${haiku}`,
    resolved(haiku, "arn:aws:bedrock:us-east-1::foundation-model/"),
  ],
  [
    "an aws-us-gov foundation-model ARN",
    `arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/${haiku}`,
    resolved(haiku, "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/"),
  ],
  [
    "an aws-cn foundation-model ARN",
    "arn:aws-cn:bedrock:cn-north-1::foundation-model/amazon.nova-lite-v1:0",
    resolved("amazon.nova-lite-v1:0", "arn:aws-cn:bedrock:cn-north-1::foundation-model/"),
  ],
  [
    "a us. inference-profile ARN",
    `arn:aws:bedrock:us-east-1:${account}:inference-profile/us.${haiku}`,
    resolved(haiku, `arn:aws:bedrock:us-east-1:${account}:inference-profile/us.`),
  ],
  [
    "a global. inference-profile ARN",
    `arn:aws:bedrock:eu-west-1:${account}:inference-profile/global.${haiku}`,
    resolved(haiku, `arn:aws:bedrock:eu-west-1:${account}:inference-profile/global.`),
  ],
  [
    "an aws-us-gov inference-profile ARN",
    `arn:aws-us-gov:bedrock:us-gov-west-1:${account}:inference-profile/us-gov.${haiku}`,
    resolved(haiku, `arn:aws-us-gov:bedrock:us-gov-west-1:${account}:inference-profile/us-gov.`),
  ],
  [
    "a provisioned-model ARN",
    `arn:aws:bedrock:us-west-2:${account}:provisioned-model/abc123`,
    { kind: "opaque", resource: "provisioned-throughput" },
  ],
  [
    "a custom-model ARN",
    `arn:aws:bedrock:us-west-2:${account}:custom-model/${haiku}/x1y2`,
    { kind: "opaque", resource: "custom-model" },
  ],
  [
    "an imported-model ARN",
    `arn:aws:bedrock:us-west-2:${account}:imported-model/m0d3l`,
    { kind: "opaque", resource: "imported-model" },
  ],
  [
    "an application-inference-profile ARN",
    `arn:aws:bedrock:us-west-2:${account}:application-inference-profile/prof1`,
    { kind: "opaque", resource: "application-inference-profile" },
  ],
  [
    "an application-inference-profile ARN in aws-cn",
    `arn:aws-cn:bedrock:cn-north-1:${account}:application-inference-profile/prof1`,
    { kind: "opaque", resource: "application-inference-profile" },
  ],
  [
    "a Bedrock ARN of another resource type",
    `arn:aws:bedrock:us-west-2:${account}:prompt/PR0MPT:1`,
    { kind: "opaque", resource: "unrecognised-arn" },
  ],
  // Another service's ARN (a marketplace model's SageMaker endpoint) does not say its model.
  ["an S3 ARN", "arn:aws:s3:::bucket/key", { kind: "opaque", resource: "unrecognised-arn" }],
  [
    "a SageMaker endpoint ARN",
    `arn:aws:sagemaker:us-east-1:${account}:endpoint/llm`,
    { kind: "opaque", resource: "unrecognised-arn" },
  ],
];

it.each(cases)("parses %s", (_name, value, expected) => {
  expect(parseBedrockModelRef(value)).toEqual(expected);
});

const resolvedCases = cases.filter(([, , parsed]) => parsed.kind === "resolved");

it.each(resolvedCases)("keeps %s whole as prefix plus id", (_name, value, parsed) => {
  expect(parsed).toMatchObject({ kind: "resolved" });
  if (parsed.kind === "resolved") expect(parsed.prefix + parsed.modelId).toBe(value);
});

const arns: readonly [string, boolean][] = [
  [`arn:aws:bedrock:us-east-1::foundation-model/${haiku}`, true],
  ["arn:aws:s3:::bucket", true],
  [haiku, false],
  [`us.${haiku}`, false],
  ["ARN:aws:s3:::bucket", false],
  ["", false],
];

it.each(arns)("isArn(%j) is %j", (value, expected) => {
  expect(isArn(value)).toBe(expected);
});
