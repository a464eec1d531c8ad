import { costFieldsByType } from "../../src/catalog/cost-fields.js";
import type { AiResourceKind, ModelField } from "../../src/catalog/index.js";
import { unknownStringSentinel } from "../../src/engine/wire.js";
import type { Prng } from "../prng.js";
import { setAtPath } from "./nested-path.js";
import {
  approvedAzureModel,
  approvedBedrockModels,
  approvedSageMakerModels,
  compliantTags,
  replacedBedrockModel,
  retiringBedrockModel,
  sageMakerInstanceTypes,
  unapprovedAzureModel,
} from "./vocabulary.js";

/** What is wrong with a generated AI resource, if anything. */
export type Flaw =
  | "none"
  | "missing-tag"
  | "misspelt-key"
  | "bad-value"
  | "unapproved-model"
  | "over-limit"
  | "unknown-tags";

export const flaws: readonly Flaw[] = [
  "missing-tag",
  "misspelt-key",
  "bad-value",
  "unapproved-model",
  "over-limit",
  "unknown-tags",
];

/** A compliant set of the required tags, plus a couple the team adds for itself. */
export function compliantTagSet(prng: Prng): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [key, values] of Object.entries(compliantTags)) tags[key] = prng.pick(values);
  tags.service = prng.pick(["chat", "search", "summarise", "classify"]);
  if (prng.chance(0.5)) tags["data-classification"] = prng.pick(["internal", "confidential"]);
  return tags;
}

function tagsWithFlaw(prng: Prng, flaw: Flaw): unknown {
  if (flaw === "unknown-tags") return unknownStringSentinel;
  const tags = compliantTagSet(prng);
  if (flaw === "missing-tag") delete tags.owner;
  if (flaw === "misspelt-key") {
    tags.CostCenter = tags["cost-center"] ?? "CC-1024";
    delete tags["cost-center"];
  }
  if (flaw === "bad-value") tags.environment = "production";
  return tags;
}

function bedrockModel(prng: Prng, flaw: Flaw): string {
  if (flaw === "unapproved-model") return replacedBedrockModel;
  const model = prng.chance(0.1) ? retiringBedrockModel : prng.pick(approvedBedrockModels);
  if (prng.chance(0.2)) return `us.${model}`;
  if (prng.chance(0.1)) return `arn:aws:bedrock:us-east-1::foundation-model/${model}`;
  return model;
}

function modelValue(prng: Prng, field: ModelField, flaw: Flaw): unknown {
  switch (field.kind) {
    case "bedrock":
      return bedrockModel(prng, flaw);
    case "azure-openai": {
      const model = flaw === "unapproved-model" ? unapprovedAzureModel : approvedAzureModel;
      return { format: "OpenAI", name: model.name, version: model.version };
    }
    case "sagemaker-container":
      return {
        image: "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4",
        environment: {
          HF_MODEL_ID:
            flaw === "unapproved-model" ? "tiiuae/falcon-7b" : prng.pick(approvedSageMakerModels),
          SM_NUM_GPUS: "1",
          MAX_INPUT_LENGTH: "4096",
        },
        modelDataUrl: `s3://models-${prng.int(1, 99)}/artefacts/model.tar.gz`,
      };
    case "sagemaker-hub-content":
      return `arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/${
        flaw === "unapproved-model" ? "huggingface-llm-falcon-7b" : "meta-textgeneration-llama-3-8b"
      }/1.0.0`;
    case "external":
      return prng.pick(["gpt-4.1", "gemini-2.0-flash"]);
  }
}

function costValue(prng: Prng, limit: string, flaw: Flaw): unknown {
  const over = flaw === "over-limit";
  switch (limit) {
    case "allowedInstanceTypes":
      return over ? "ml.p4d.24xlarge" : prng.pick(sageMakerInstanceTypes.slice(0, 2));
    case "maxInstanceCount":
      return over ? 16 : prng.int(1, 2);
    case "maxModelUnits":
      return over ? 10 : 1;
    case "allowedCommitments":
      return over ? "SixMonths" : undefined;
    case "allowedSkus":
      return over ? "ProvisionedManaged" : prng.pick(["Standard", "GlobalStandard"]);
    default:
      return over ? 500 : prng.int(1, 50);
  }
}

/**
 * Inputs of one AI resource in wire form: its tags (when the type takes them), every model field
 * the catalogue lists at its nested path, every cost driver, and the ordinary settings such a
 * resource carries, some of them computed from other resources (unknown at preview).
 */
export function aiResourceInputs(
  prng: Prng,
  kind: AiResourceKind,
  name: string,
  flaw: Flaw,
): Record<string, unknown> {
  const inputs: Record<string, unknown> = {
    name,
    description: `${name}: generated for the benchmark`,
    roleArn: prng.chance(0.5) ? unknownStringSentinel : `arn:aws:iam::123456789012:role/${name}`,
    settings: {
      logging: { enabled: true, retentionDays: prng.int(7, 90), destinations: ["cloudwatch"] },
      network: { isolated: prng.chance(0.5), subnets: [`subnet-${prng.int(1000, 9999)}`] },
    },
  };
  if (kind.attribution.kind === "own-tags") inputs.tags = tagsWithFlaw(prng, flaw);
  if (kind.attribution.kind === "parent")
    inputs[kind.attribution.linkProperty] = unknownStringSentinel;
  const listLength = prng.int(1, 2);
  for (const field of kind.modelFields) {
    setAtPath(inputs, field.path, () => modelValue(prng, field, flaw), listLength);
  }
  for (const field of costFieldsByType[kind.token] ?? []) {
    const value = costValue(prng, field.limit, flaw);
    if (value !== undefined) setAtPath(inputs, field.path, () => value, listLength);
  }
  return inputs;
}
