// A chat model served by Hugging Face TGI behind a SageMaker real-time endpoint, on a provider
// whose default tags carry the owner and environment. `npm run demo` shows what the ai-governance
// pack makes of it: Llama 3 is not on the approved list, and the endpoint configuration's
// hand-typed cost center is one digit short.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
// GPU capacity lives in another region than the rest of the account's workloads.
const region = config.require("region");
const costCenter = config.require("costCenter");
const modelId = config.require("modelId");

const provider = new aws.Provider("ml-platform", {
  region,
  defaultTags: {
    tags: { owner: config.require("owner"), environment: pulumi.getStack() },
  },
});

// AWS's Hugging Face TGI image; newer tags change the launcher's flags, so upgrades are deliberate.
const tgiImage = "huggingface-pytorch-tgi-inference:2.4.0-tgi2.4.0-gpu-py311-cu124-ubuntu22.04";

/** The TGI container SageMaker runs for a Hugging Face model, sharded over the instance's GPUs. */
function tgiContainer(
  hfModelId: string,
  gpus: number,
): aws.types.input.sagemaker.ModelPrimaryContainer {
  return {
    image: `763104351884.dkr.ecr.${region}.amazonaws.com/${tgiImage}`,
    environment: {
      HF_MODEL_ID: hfModelId,
      SM_NUM_GPUS: String(gpus),
      MAX_INPUT_TOKENS: "4096",
      MAX_TOTAL_TOKENS: "8192",
    },
  };
}

const executionRole = new aws.iam.Role(
  "chat-model-execution",
  {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "sagemaker.amazonaws.com" }),
  },
  { provider },
);
new aws.iam.RolePolicyAttachment(
  "chat-model-execution",
  { role: executionRole.name, policyArn: aws.iam.ManagedPolicy.AmazonSageMakerFullAccess },
  { provider },
);

// Sampled requests and responses, for the weekly quality review.
const captureBucket = new aws.s3.Bucket(
  "chat-model-capture",
  { tags: { "cost-center": costCenter } },
  { provider },
);

const model = new aws.sagemaker.Model(
  "chat-model",
  {
    executionRoleArn: executionRole.arn,
    primaryContainer: tgiContainer(modelId, 1),
    tags: { "cost-center": costCenter },
  },
  { provider },
);

const endpointConfig = new aws.sagemaker.EndpointConfiguration(
  "chat-endpoint-config",
  {
    productionVariants: [
      {
        variantName: "primary",
        modelName: model.name,
        instanceType: config.require("instanceType"),
        initialInstanceCount: 1,
        containerStartupHealthCheckTimeoutInSeconds: 600,
      },
    ],
    dataCaptureConfig: {
      enableCapture: true,
      initialSamplingPercentage: 5,
      destinationS3Uri: pulumi.interpolate`s3://${captureBucket.bucket}/chat-model`,
      captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
    },
    tags: { "cost-center": "CC-310", workload: "chat" },
  },
  { provider },
);

const endpoint = new aws.sagemaker.Endpoint(
  "chat-endpoint",
  { endpointConfigName: endpointConfig.name, tags: { "cost-center": costCenter } },
  { provider },
);

export const endpointName = endpoint.name;
