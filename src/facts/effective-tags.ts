import { describeShape, keysOf, readProperty, UNKNOWN, type Unknown } from "./unknown.js";

/** A tag's value as seen by a policy: a string, unknown at preview, or something malformed. */
export type TagValue = string | Unknown | { readonly malformed: string };

export type EffectiveTags =
  | {
      readonly state: "known";
      /** Own tags merged over provider default tags, own values winning. */
      readonly tags: ReadonlyMap<string, TagValue>;
      /** True when the provider's default tags are computed, so absent keys may still arrive. */
      readonly defaultsUnknown: boolean;
    }
  /** The resource's whole `tags` input is computed from another resource. */
  | { readonly state: "unknown" }
  /** `tags` is not a map (a list, a number...): the provider would reject it. */
  | { readonly state: "malformed"; readonly shape: string };

type TagMapRead = ReadonlyMap<string, TagValue> | Unknown | { readonly malformed: string };

function readTagMap(value: unknown): TagMapRead {
  if (value === UNKNOWN) return UNKNOWN;
  if (value === undefined || value === null) return new Map();
  if (typeof value !== "object" || Array.isArray(value)) return { malformed: describeShape(value) };
  const tags = new Map<string, TagValue>();
  for (const key of keysOf(value)) {
    const tagValue = readProperty(value, key);
    if (tagValue === undefined) continue;
    tags.set(
      key,
      typeof tagValue === "string" || tagValue === UNKNOWN
        ? tagValue
        : { malformed: describeShape(tagValue) },
    );
  }
  return tags;
}

/**
 * The AWS provider's `defaultTags` reach a policy as the JSON text the Node SDK sends
 * (`{"tags":{...}}`), whether the provider is explicit or the engine's default provider built from
 * `aws:defaultTags` stack config. An already-parsed object is accepted too.
 */
function readProviderDefaultTags(providerProps: unknown): TagMapRead {
  const defaultTags = readProperty(providerProps, "defaultTags");
  if (defaultTags === UNKNOWN) return UNKNOWN;
  if (typeof defaultTags !== "string") return defaultTagsOf(defaultTags);
  // Every resource on a provider brings the same text: parse it once.
  if (lastDefaultTags?.text !== defaultTags) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(defaultTags) as unknown;
    } catch {
      return new Map();
    }
    lastDefaultTags = { text: defaultTags, tags: defaultTagsOf(parsed) };
  }
  return lastDefaultTags.tags;
}

/** The last provider default tags text read, and what it holds (never changed by readers). */
let lastDefaultTags: { text: string; tags: TagMapRead } | undefined;

function defaultTagsOf(parsed: unknown): TagMapRead {
  const tags = readTagMap(readProperty(parsed, "tags"));
  return tags instanceof Map || tags === UNKNOWN ? tags : new Map();
}

/**
 * Computes the tags a resource will carry. For AWS, `tagsAll` (filled by the provider's Check in
 * the real engine for SDKv2 resources) and the provider's default tags are merged under the
 * resource's own `tags`; Azure has no provider-level tags.
 *
 * @example
 * effectiveTags({ tags: { owner: "ml" } }, { defaultTags: '{"tags":{"team":"ai"}}' }, "aws");
 * // known: owner=ml, team=ai
 */
export function effectiveTags(
  props: unknown,
  providerProps: unknown,
  cloud: "aws" | "azure",
): EffectiveTags {
  const own = readTagMap(readProperty(props, "tags"));
  if (own === UNKNOWN) return { state: "unknown" };
  if ("malformed" in own) return { state: "malformed", shape: own.malformed };
  if (cloud !== "aws") return { state: "known", tags: own, defaultsUnknown: false };

  const defaults = readProviderDefaultTags(providerProps);
  const tagsAll = readTagMap(readProperty(props, "tagsAll"));
  const merged = new Map<string, TagValue>();
  const layers: TagMapRead[] = [defaults, tagsAll, own];
  for (const layer of layers) {
    if (layer === UNKNOWN || "malformed" in layer) continue;
    for (const [key, value] of layer) merged.set(key, value);
  }
  return { state: "known", tags: merged, defaultsUnknown: defaults === UNKNOWN };
}
