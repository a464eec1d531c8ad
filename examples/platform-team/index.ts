// The research assistant, deployed as `dev` and `prod` stacks of one program. The platform team's
// rules in policy-config.json depend on where it runs: Claude 3.5 Sonnet is approved in prod only,
// dev endpoints stay on one mid-size GPU instance, and provisioned throughput needs a commitment
// nobody signs in dev. Two exemptions cover a pilot and a migration, and one model is being
// retired. `npm run demo` checks both stacks; `aigov check examples/platform-team --stack prod`
// shows what prod is allowed.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environment = pulumi.getStack();
const region = aws.config.region ?? "us-east-1";
const tags = { team: "research", environment };

const agentRole = new aws.iam.Role("research-agents", {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "bedrock.amazonaws.com" }),
  tags,
});

/** A Bedrock agent of the research team, on the model its job needs. */
function researchAgent(
  name: string,
  foundationModel: string,
  extraTags = {},
): aws.bedrock.AgentAgent {
  return new aws.bedrock.AgentAgent(name, {
    agentName: `${name}-${environment}`,
    agentResourceRoleArn: agentRole.arn,
    foundationModel,
    instruction: "Answer research questions from the team's paper archive, citing the papers.",
    tags: { ...tags, ...extraTags },
  });
}

// Long-form synthesis; the platform team approves Sonnet for production use only.
researchAgent("synthesis-agent", "anthropic.claude-3-5-sonnet-20240620-v1:0", {
  workload: "synthesis",
});

// Quick lookups on Claude 3 Haiku, which the platform team retires in March.
researchAgent("lookup-agent", "anthropic.claude-3-haiku-20240307-v1:0");

// A pilot that another team funds until its cost centre exists: exempted, with an owner.
new aws.bedrock.AgentAgent("pilot-grants-agent", {
  agentName: `pilot-grants-agent-${environment}`,
  agentResourceRoleArn: agentRole.arn,
  foundationModel: "anthropic.claude-3-5-haiku-20241022-v1:0",
  tags: { environment, "cost-center": "TBD" },
});

// Batch embeddings on reserved capacity.
new aws.bedrock.ProvisionedModelThroughput("embeddings-throughput", {
  provisionedModelName: `research-embeddings-${environment}`,
  modelArn: `arn:aws:bedrock:${region}::foundation-model/amazon.titan-embed-text-v2:0`,
  modelUnits: 1,
  commitmentDuration: "OneMonth",
  tags,
});

// The paper summariser, self-hosted on SageMaker.
const summariserModel = new aws.sagemaker.Model("paper-summariser", {
  executionRoleArn: agentRole.arn,
  primaryContainer: {
    image: `763104351884.dkr.ecr.${region}.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0-tgi2.4.0-gpu-py311-cu124-ubuntu22.04`,
    environment: { HF_MODEL_ID: "mistralai/Mistral-7B-Instruct-v0.3", SM_NUM_GPUS: "4" },
  },
  tags,
});
new aws.sagemaker.EndpointConfiguration("paper-summariser", {
  productionVariants: [
    {
      variantName: "main",
      modelName: summariserModel.name,
      instanceType: config.require("endpointInstanceType"),
      initialInstanceCount: config.requireNumber("endpointInstances"),
    },
  ],
  tags,
});
