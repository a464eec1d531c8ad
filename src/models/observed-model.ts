import type { ModelProvider } from "../catalog/index.js";

/** A model a resource names, identified well enough to match against the approved list. */
export interface ObservedModel {
  readonly provider: ModelProvider;
  /** The concrete input path it was read from, e.g. `variants[0].modelId`. */
  readonly field: string;
  /** The identity matched against `approvedModels[].model`, e.g. `anthropic.claude-v2`. */
  readonly model: string;
  /** Azure OpenAI model version; absent when the deployment does not pin one. */
  readonly version?: string;
  /**
   * What surrounds the identity in the written value, so a replacement keeps its form: an ARN
   * prefix or a cross-region profile prefix for Bedrock (`us.`), empty otherwise.
   */
  readonly prefix: string;
}

/** The value as the program wrote it: prefix plus identity. */
export function writtenValue(model: ObservedModel): string {
  return model.prefix + model.model;
}
