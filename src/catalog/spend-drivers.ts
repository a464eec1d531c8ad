/**
 * What each spend driver bills for, in the words a FinOps report uses. A spend driver is a type
 * that holds capacity and bills for it while it exists, whether or not anyone calls it: every
 * type with cost fields, plus the SageMaker endpoint, which runs the instances its endpoint
 * configuration names and is what AWS bills the hosting hours to.
 * test/catalog/spend-drivers.test.ts keeps this in step with `costFieldsByType`.
 */
export const spendDriverByType: Readonly<Record<string, string>> = {
  "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput": "provisioned throughput",
  "aws:sagemaker/endpoint:Endpoint": "endpoint",
  "aws:sagemaker/endpointConfiguration:EndpointConfiguration": "endpoint configuration",
  "aws:sagemaker/notebookInstance:NotebookInstance": "notebook instance",
  "aws:sagemaker/trainingJob:TrainingJob": "training job",
  "azure-native:cognitiveservices:Deployment": "model deployment",
  "azure:cognitive/deployment:Deployment": "model deployment",
};

/**
 * What a canonical type token bills for when it is a spend driver, or `undefined`.
 *
 * @example
 * spendDriverOf("aws:sagemaker/endpoint:Endpoint"); // "endpoint"
 * spendDriverOf("aws:bedrock/guardrail:Guardrail"); // undefined
 */
export function spendDriverOf(token: string): string | undefined {
  return Object.hasOwn(spendDriverByType, token) ? spendDriverByType[token] : undefined;
}
