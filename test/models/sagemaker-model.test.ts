import { UNKNOWN } from "../../src/facts/unknown";
import {
  identifySageMakerContainer,
  parseHubContent,
  type SageMakerContainerModel,
} from "../../src/models/sagemaker-model";
import { unknown } from "../support/resources";

const image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4";
const modelPackage = "arn:aws:sagemaker:us-east-1:123456789012:model-package/llm/3";

function served(
  source: SageMakerContainerModel["source"],
  relativePath: string,
  identity: SageMakerContainerModel["identity"],
): SageMakerContainerModel {
  return { source, relativePath, identity };
}

const containers: readonly [string, unknown, SageMakerContainerModel | undefined][] = [
  [
    "a Hugging Face model id over the image",
    { image, environment: { HF_MODEL_ID: "meta-llama/Llama-3.1-8B-Instruct" } },
    served("HF_MODEL_ID", "environment.HF_MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct"),
  ],
  [
    "a Hugging Face model id over a model package",
    { modelPackageName: modelPackage, environment: { HF_MODEL_ID: "mistralai/Mistral-7B" } },
    served("HF_MODEL_ID", "environment.HF_MODEL_ID", "mistralai/Mistral-7B"),
  ],
  [
    "a local HF_MODEL_ID path, falling back to the model package",
    { image, modelPackageName: modelPackage, environment: { HF_MODEL_ID: "/opt/ml/model" } },
    served("modelPackageName", "modelPackageName", modelPackage),
  ],
  [
    "an empty HF_MODEL_ID, falling back to the image",
    { image, environment: { HF_MODEL_ID: "" } },
    served("image", "image", image),
  ],
  [
    "a non-string HF_MODEL_ID, falling back to the image",
    { image, environment: { HF_MODEL_ID: 7 } },
    served("image", "image", image),
  ],
  [
    "an environment that is not a map",
    { image, environment: "HF_MODEL_ID=x" },
    served("image", "image", image),
  ],
  [
    "a model package over the image",
    { image, modelPackageName: modelPackage },
    served("modelPackageName", "modelPackageName", modelPackage),
  ],
  [
    "an image with model data, identified by the image",
    { image, modelDataUrl: "s3://models/llm.tar.gz" },
    served("image", "image", image),
  ],
  [
    "an unknown environment",
    { image, environment: unknown },
    served("HF_MODEL_ID", "environment", UNKNOWN),
  ],
  [
    "an unknown HF_MODEL_ID",
    { image, environment: { HF_MODEL_ID: unknown } },
    served("HF_MODEL_ID", "environment.HF_MODEL_ID", UNKNOWN),
  ],
  [
    "an unknown model package",
    { image, modelPackageName: unknown },
    served("modelPackageName", "modelPackageName", UNKNOWN),
  ],
  ["an unknown image", { image: unknown }, served("image", "image", UNKNOWN)],
  ["model data alone", { modelDataUrl: "s3://models/llm.tar.gz" }, undefined],
  ["empty strings everywhere", { image: "", modelPackageName: "" }, undefined],
  ["an empty container", {}, undefined],
  ["null", null, undefined],
  ["a string", "image", undefined],
];

it.each(containers)("identifies %s", (_name, container, expected) => {
  expect(identifySageMakerContainer(container)).toEqual(expected);
});

const publicHub = "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/";

const hubContent: readonly [string, string, { name: string; prefix: string }][] = [
  [
    "a public hub content ARN with a version",
    `${publicHub}meta-textgeneration-llama-3-8b/2.0.0`,
    { name: "meta-textgeneration-llama-3-8b", prefix: publicHub },
  ],
  [
    "a public hub content ARN without a version",
    `${publicHub}huggingface-llm-falcon-7b`,
    { name: "huggingface-llm-falcon-7b", prefix: publicHub },
  ],
  [
    "an aws-us-gov hub content ARN",
    "arn:aws-us-gov:sagemaker:us-gov-west-1:aws:hub-content/SageMakerPublicHub/Model/m/1.0.0",
    {
      name: "m",
      prefix: "arn:aws-us-gov:sagemaker:us-gov-west-1:aws:hub-content/SageMakerPublicHub/Model/",
    },
  ],
  [
    "a private hub's content ARN",
    "arn:aws:sagemaker:us-east-1:123456789012:hub-content/team-hub/Model/tuned-llm/1.0.0",
    {
      name: "tuned-llm",
      prefix: "arn:aws:sagemaker:us-east-1:123456789012:hub-content/team-hub/Model/",
    },
  ],
  [
    "a private hub named Model",
    "arn:aws:sagemaker:us-east-1:123456789012:hub-content/Model/Model/Mo/1.0.0",
    { name: "Mo", prefix: "arn:aws:sagemaker:us-east-1:123456789012:hub-content/Model/Model/" },
  ],
  [
    "a hub content ARN for a notebook, kept whole",
    "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Notebook/intro/1",
    {
      name: "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Notebook/intro/1",
      prefix: "",
    },
  ],
  [
    "a bare hub content name",
    "meta-textgeneration-llama-3-8b",
    { name: "meta-textgeneration-llama-3-8b", prefix: "" },
  ],
];

it.each(hubContent)("parses %s", (_name, value, expected) => {
  const parsed = parseHubContent(value);
  expect(parsed).toEqual(expected);
  expect(value.startsWith(parsed.prefix + parsed.name)).toBe(true);
});
