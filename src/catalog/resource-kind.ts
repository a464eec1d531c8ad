import type { AiService } from "./ai-service.js";

/**
 * What the pack knows about one AI resource type, as data. Policies read these descriptors;
 * adding a type or a model field is a change here, not a new code path.
 */

/** The model families that `approvedModels` entries name. */
export type ModelProvider = "aws-bedrock" | "aws-sagemaker" | "azure-openai";

/** Where a resource's cost attribution lives. */
export type Attribution =
  /** The resource has its own `tags` input. */
  | { kind: "own-tags" }
  /** The resource takes no tags and bills to nothing we can check: not asked for tags. */
  | { kind: "none" }
  /**
   * Spend is billed to a parent resource (an Azure OpenAI deployment to its account): the
   * parent's tags attribute it, and the link is `linkProperty` or the resource's dependencies.
   */
  | { kind: "parent"; parentTypes: readonly string[]; linkProperty: string };

/**
 * One place in a resource's inputs that names a model. `path` is dotted, with `[]` after a
 * segment that is an array, e.g. `variants[].modelId`.
 */
export type ModelField =
  /** A Bedrock model id, foundation-model ARN, inference-profile id or ARN. */
  | { kind: "bedrock"; path: string }
  /** An Azure OpenAI model object: `{ format, name, version }`. */
  | { kind: "azure-openai"; path: string }
  /** A SageMaker container (`primaryContainer`, `containers[]`): see models/sagemaker-model.ts. */
  | { kind: "sagemaker-container"; path: string }
  /** A SageMaker public hub content ARN or name (JumpStart). */
  | { kind: "sagemaker-hub-content"; path: string }
  /** A model served by a vendor outside the approved-list providers (OpenAI, Gemini, ...). */
  | { kind: "external"; path: string; vendor: string };

export interface AiResourceKind {
  /** The canonical type token, e.g. `aws:bedrock/agentAgent:AgentAgent`. */
  readonly token: string;
  readonly cloud: "aws" | "azure";
  /** The service its spend is billed under, which the coverage report groups by. */
  readonly service: AiService;
  readonly attribution: Attribution;
  readonly modelFields: readonly ModelField[];
}
