import { displayType } from "../../src/report/display-type";

/**
 * What `pulumi preview` shows in its Type column: the module's last path segment is dropped only
 * when it is the type name with a lower-case first letter (the SDK's file for the type).
 */
const cases: readonly [string, string][] = [
  ["aws:bedrock/agentAgent:AgentAgent", "aws:bedrock:AgentAgent"],
  ["aws:sagemaker/humanTaskUI:HumanTaskUI", "aws:sagemaker:HumanTaskUI"],
  ["azure:cognitive/aIServices:AIServices", "azure:cognitive:AIServices"],
  ["aws:s3/bucketV2:BucketV2", "aws:s3:BucketV2"],
  ["azure-native:cognitiveservices:Deployment", "azure-native:cognitiveservices:Deployment"],
  [
    "azure-native:cognitiveservices/v20250601:Deployment",
    "azure-native:cognitiveservices/v20250601:Deployment",
  ],
  ["kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:Deployment"],
  ["pulumi:providers:aws", "pulumi:providers:aws"],
  ["pulumi:pulumi:Stack", "pulumi:pulumi:Stack"],
  ["acme:ml:Platform", "acme:ml:Platform"],
  ["not-a-token", "not-a-token"],
];

it.each(cases)("displays %s as %s", (type, expected) => {
  expect(displayType(type)).toBe(expected);
});
