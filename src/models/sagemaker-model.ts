import { readProperty, UNKNOWN, type Unknown } from "../facts/unknown.js";

/**
 * How a SageMaker container's model is identified, in order of precedence:
 * 1. `environment.HF_MODEL_ID`, the Hugging Face model id that the Hugging Face, TGI, TEI and
 *    DJL containers load (unless it is a local path such as `/opt/ml/model`);
 * 2. `modelPackageName`, a model package name or ARN from the model registry;
 * 3. `image`, the container image URI, for a model baked into its own image.
 * `modelDataUrl` alone does not identify a model (any artefact can sit in S3), so a container
 * with only that is identified by its image.
 */
export type SageMakerModelSource = "HF_MODEL_ID" | "modelPackageName" | "image";

export interface SageMakerContainerModel {
  readonly source: SageMakerModelSource;
  /** Input path relative to the container, e.g. `environment.HF_MODEL_ID`. */
  readonly relativePath: string;
  readonly identity: string | Unknown;
}

function asIdentity(value: unknown): string | Unknown | undefined {
  if (value === UNKNOWN) return UNKNOWN;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Returns the model a container serves, or `undefined` when it names none. */
export function identifySageMakerContainer(
  container: unknown,
): SageMakerContainerModel | undefined {
  const environment = readProperty(container, "environment");
  if (environment === UNKNOWN) {
    return { source: "HF_MODEL_ID", relativePath: "environment", identity: UNKNOWN };
  }
  const hfModelId = asIdentity(readProperty(environment, "HF_MODEL_ID"));
  if (hfModelId !== undefined && !(typeof hfModelId === "string" && hfModelId.startsWith("/"))) {
    return { source: "HF_MODEL_ID", relativePath: "environment.HF_MODEL_ID", identity: hfModelId };
  }
  const modelPackage = asIdentity(readProperty(container, "modelPackageName"));
  if (modelPackage !== undefined) {
    return { source: "modelPackageName", relativePath: "modelPackageName", identity: modelPackage };
  }
  const image = asIdentity(readProperty(container, "image"));
  if (image !== undefined) return { source: "image", relativePath: "image", identity: image };
  return undefined;
}

const hubContentArn =
  /^(arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[a-z0-9]*:hub-content\/[^/]+\/Model\/)([^/]+)/;

/**
 * A JumpStart model is named by its hub content name; fields may hold that name or the public hub
 * content ARN. Returns the name and the prefix before it.
 *
 * @example
 * parseHubContent("arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/meta-x");
 * // { name: "meta-x", prefix: "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/" }
 */
export function parseHubContent(value: string): { name: string; prefix: string } {
  const arn = hubContentArn.exec(value);
  const [, prefix, name] = arn ?? [];
  return prefix !== undefined && name !== undefined
    ? { name, prefix }
    : { name: value, prefix: "" };
}
