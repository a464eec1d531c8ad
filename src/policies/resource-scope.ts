import type { AiResourceKind } from "../catalog/index.js";
import { effectiveTags } from "../facts/effective-tags.js";
import { UNKNOWN, type Unknown } from "../facts/unknown.js";
import type { ResourceView } from "./resource-view.js";

/** Where a resource runs and what for, as scoped approvals and cost limits read it. */
export interface ResourceScope {
  /** The environment tag's value, else the stack name; unknown while the tag is computed. */
  readonly environment: string | Unknown;
  /** `tag "environment"` or `the stack name`, for messages. */
  readonly environmentSource: string;
  readonly environmentTag: string;
  /** The workload tag's value; empty when the tag is not set. */
  readonly workload: string | Unknown;
  readonly workloadTag: string;
}

/**
 * Reads a resource's environment and workload from its effective tags (own tags over provider
 * default tags). A resource without an environment tag is in the environment its stack is named
 * after: stacks are commonly `dev`, `staging`, `prod`.
 */
export function resourceScope(
  resource: ResourceView,
  kind: AiResourceKind,
  tagKeys: { environmentTag: string; workloadTag: string },
  stack: string,
): ResourceScope {
  const tags = effectiveTags(resource.props, resource.providerProps, kind.cloud);
  const read = (key: string): string | Unknown | undefined => {
    if (tags.state === "unknown") return UNKNOWN;
    if (tags.state === "malformed") return undefined;
    const value = tags.tags.get(key);
    if (value === UNKNOWN) return UNKNOWN;
    return typeof value === "string" ? value : tags.defaultsUnknown ? UNKNOWN : undefined;
  };
  const environment = read(tagKeys.environmentTag);
  return {
    environment: environment ?? stack,
    environmentSource:
      environment === undefined
        ? "the stack name"
        : `tag ${JSON.stringify(tagKeys.environmentTag)}`,
    environmentTag: tagKeys.environmentTag,
    workload: read(tagKeys.workloadTag) ?? "",
    workloadTag: tagKeys.workloadTag,
  };
}
