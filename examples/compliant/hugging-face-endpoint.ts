import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// AWS's Hugging Face TGI image; newer tags change the launcher's flags, so upgrades are deliberate.
const tgiImage = "huggingface-pytorch-tgi-inference:2.4.0-tgi2.4.0-gpu-py311-cu124-ubuntu22.04";

export interface HuggingFaceEndpointArgs {
  /** The Hugging Face model TGI loads at start-up, e.g. `mistralai/Mistral-7B-Instruct-v0.3`. */
  modelId: string;
  instanceType: string;
  executionRoleArn: pulumi.Input<string>;
  tags: Record<string, string>;
}

/**
 * A Hugging Face model on a SageMaker real-time endpoint, served by the TGI container. The model,
 * its endpoint configuration and the endpoint always change together, so they live in one place.
 */
export class HuggingFaceEndpoint extends pulumi.ComponentResource {
  public readonly endpointName: pulumi.Output<string>;

  constructor(name: string, args: HuggingFaceEndpointArgs, opts?: pulumi.ComponentResourceOptions) {
    super("helpcenter:ml:HuggingFaceEndpoint", name, {}, opts);
    const region = aws.config.region ?? "us-east-1";

    const model = new aws.sagemaker.Model(
      name,
      {
        executionRoleArn: args.executionRoleArn,
        primaryContainer: {
          image: `763104351884.dkr.ecr.${region}.amazonaws.com/${tgiImage}`,
          environment: { HF_MODEL_ID: args.modelId, SM_NUM_GPUS: "1" },
        },
        tags: args.tags,
      },
      { parent: this },
    );
    const endpointConfig = new aws.sagemaker.EndpointConfiguration(
      `${name}-config`,
      {
        productionVariants: [
          {
            variantName: "primary",
            modelName: model.name,
            instanceType: args.instanceType,
            initialInstanceCount: 1,
          },
        ],
        tags: args.tags,
      },
      { parent: this },
    );
    const endpoint = new aws.sagemaker.Endpoint(
      `${name}-endpoint`,
      { endpointConfigName: endpointConfig.name, tags: args.tags },
      { parent: this },
    );

    this.endpointName = endpoint.name;
    this.registerOutputs({ endpointName: this.endpointName });
  }
}
