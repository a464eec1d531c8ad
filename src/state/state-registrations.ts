import type { RegisteredResource, StackContext } from "../engine/registered-resource.js";
import type { StackExport, StateResource } from "./stack-export.js";

const rootStackType = "pulumi:pulumi:Stack";

/** The parts of a URN: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`. */
function urnParts(urn: string): { stack: string; project: string; name: string } {
  const [head = "", project = "", , ...name] = urn.split("::");
  return { stack: head.slice("urn:pulumi:".length), project, name: name.join("::") };
}

/**
 * What an audit analyses: resources the stack manages now. A resource marked for deletion was
 * replaced and is on its way out (its replacement is in the state too, under the same URN), and
 * one read with a `get` function is managed elsewhere; a program run under the runner does not
 * register reads either.
 */
function isManaged(resource: StateResource): boolean {
  return !resource.delete && !resource.external;
}

function toRegistration(resource: StateResource): RegisteredResource {
  return {
    urn: resource.urn,
    type: resource.type,
    name: urnParts(resource.urn).name,
    custom: resource.custom,
    parent: resource.parent,
    provider: resource.provider,
    inputs: resource.inputs,
    dependencies: resource.dependencies,
    propertyDependencies: resource.propertyDependencies,
    options: resource.options,
  };
}

/**
 * The registrations the engine would send a policy pack for a deployed stack: every resource it
 * manages, with the stack resource, providers (their inputs carry default tags) and parents as
 * the state records them, and no source positions. Project and stack come from the stack
 * resource's URN (or the first resource's, in a state without one); the export has no stack
 * config, which the policies do not read beyond the stack's name.
 *
 * @example
 * const { stack, resources } = registrationsFromExport(readStackExport("stack.json"));
 */
export function registrationsFromExport(
  stackExport: StackExport,
  organization = "organization",
): { stack: StackContext; resources: RegisteredResource[] } {
  const managed = stackExport.resources.filter(isManaged);
  const root =
    managed.find((r) => r.type === rootStackType) ?? managed[0] ?? stackExport.resources[0];
  const { stack, project } = urnParts(root?.urn ?? "");
  return {
    stack: {
      organization,
      project,
      stack,
      // These are deployed values, not a plan: nothing is left to compute at update.
      dryRun: false,
      config: {},
      secretKeys: [],
      tags: {},
    },
    resources: managed.map(toRegistration),
  };
}
