/** The engine's type qualifier of a URN: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`. */
export function qualifiedTypeOf(urn: string): string {
  return urn.split("::")[2] ?? "";
}

/**
 * Builds a URN as the engine does (resource.NewURN): the parent's qualified type, then `$`, then
 * the type, except under the root stack, whose type never appears in its children's URNs.
 *
 * @example
 * engineUrn("dev", "demo", "urn:pulumi:dev::demo::acme:ml:Platform::ml", "aws:sagemaker/model:Model", "m");
 * // "urn:pulumi:dev::demo::acme:ml:Platform$aws:sagemaker/model:Model::m"
 */
export function engineUrn(
  stack: string,
  project: string,
  parentUrn: string | undefined,
  type: string,
  name: string,
): string {
  const parentType = parentUrn ? qualifiedTypeOf(parentUrn) : "";
  const qualified =
    parentType === "" || parentType === "pulumi:pulumi:Stack" ? type : `${parentType}$${type}`;
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}
