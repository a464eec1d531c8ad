import type { RegisteredResource } from "../engine/registered-resource.js";
import type { LinkedResource } from "../policies/parent-link.js";

/** A registration with its links resolved to other registrations, as a stack policy sees it. */
export interface RegistrationNode extends LinkedResource<RegistrationNode> {
  readonly urn: string;
  readonly name: string;
  readonly registration: RegisteredResource;
}

interface MutableNode {
  urn: string;
  name: string;
  type: string;
  props: unknown;
  registration: RegisteredResource;
  parent?: RegistrationNode | undefined;
  dependencies: RegistrationNode[];
  propertyDependencies: Record<string, RegistrationNode[]>;
}

/**
 * Links every registration to its parent and dependencies, as `AnalyzeStack` resolves them for
 * a stack policy, so the report finds a deployment's billing account the way the pack does.
 * Links to URNs that are not registered are dropped, as the SDK drops them.
 */
export function linkRegistrations(
  registrations: readonly RegisteredResource[],
): Map<string, RegistrationNode> {
  const nodes = new Map<string, MutableNode>(
    registrations.map((r) => [
      r.urn,
      {
        urn: r.urn,
        name: r.name,
        type: r.type,
        props: r.inputs,
        registration: r,
        dependencies: [],
        propertyDependencies: {},
      },
    ]),
  );
  const resolve = (urns: readonly string[]) =>
    urns.flatMap((urn) => {
      const node = nodes.get(urn);
      return node ? [node] : [];
    });
  for (const node of nodes.values()) {
    const { parent, dependencies, propertyDependencies } = node.registration;
    node.parent = parent === undefined ? undefined : nodes.get(parent);
    node.dependencies = resolve(dependencies);
    node.propertyDependencies = Object.fromEntries(
      Object.entries(propertyDependencies).map(([key, urns]) => [key, resolve(urns)]),
    );
  }
  return nodes;
}
