import { z } from "zod";
import { repeatsAmbiguousGroup } from "./backtracking-pattern.js";
import { exemptionsShape } from "./exemptions.js";
import { noCrossFieldRules, type PolicyProperties } from "./policy-properties.js";
import { requiredTagKeySchema } from "./required-tag-key.js";
import { foldTagKey } from "./tag-key.js";
import { compilesAsRegExp, usablePattern } from "./tag-pattern.js";

const requiredTagSchema = z
  .strictObject({
    key: requiredTagKeySchema,
    allowedValues: z.array(z.string().min(1)).min(1).optional(),
    pattern: z
      .string()
      .min(1)
      .refine(compilesAsRegExp, { error: "a valid regular expression" })
      .refine((source) => !repeatsAmbiguousGroup(source), {
        error:
          "a pattern without a repeated group that itself repeats or alternates, " +
          "such as (a+)+, (a|b)* or (a+){1,12}, which can take exponential time",
      })
      .optional(),
    /** The value the `remediate` level writes when the tag is missing. */
    default: z.string().min(1).optional(),
  })
  .superRefine((tag, ctx) => {
    const pattern = usablePattern(tag.pattern);
    refuseDefaultTheRulesReject(tag, pattern, ctx);
    refuseAllowedValuesThePatternRejects(tag, pattern, ctx);
  });

/** The rules of one required tag that must agree with each other. */
interface TagRules {
  readonly allowedValues?: readonly string[] | undefined;
  readonly pattern?: string | undefined;
  readonly default?: string | undefined;
}

/** The `remediate` level would write a default that the next check reports again. */
function refuseDefaultTheRulesReject(
  tag: TagRules,
  pattern: RegExp | undefined,
  ctx: z.RefinementCtx,
): void {
  const value = tag.default;
  if (value === undefined) return;
  const allowed = tag.allowedValues === undefined || tag.allowedValues.includes(value);
  const matches = pattern === undefined || pattern.test(value);
  if (!allowed || !matches) {
    ctx.addIssue({
      code: "custom",
      path: ["default"],
      message: `a default the tag's own rules accept, got ${JSON.stringify(value)}`,
    });
  }
}

/**
 * A value must be allowed and match the pattern, so an allowed value the pattern rejects can never
 * be used; when the pattern rejects them all, no value passes and every resource is reported.
 * Each is named at its own path, as the default is above.
 */
function refuseAllowedValuesThePatternRejects(
  tag: TagRules,
  pattern: RegExp | undefined,
  ctx: z.RefinementCtx,
): void {
  if (pattern === undefined) return;
  tag.allowedValues?.forEach((value, index) => {
    if (pattern.test(value)) return;
    ctx.addIssue({
      code: "custom",
      path: ["allowedValues", index],
      // The value itself is added as what was found, from the path.
      message:
        `a value the tag's pattern ${JSON.stringify(tag.pattern)} accepts, ` +
        "as a tag value must pass both",
    });
  });
}

/** The attribution tags FinOps needs when no config names any. */
export const defaultRequiredTags: readonly z.infer<typeof requiredTagSchema>[] = [
  { key: "cost-center" },
  { key: "team" },
  { key: "owner" },
  { key: "environment" },
];

export const requiredTagsProperties = {
  shape: {
    requiredTags: z
      .array(requiredTagSchema)
      .default(() => [...defaultRequiredTags])
      .superRefine((tags, ctx) => {
        const seen = new Map<string, number>();
        tags.forEach((tag, index) => {
          const first = seen.get(foldTagKey(tag.key));
          if (first !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: [index, "key"],
              message:
                "a key that is not already required " +
                `(requiredTags[${String(first)}] is "${tags[first]?.key ?? ""}")`,
            });
          } else seen.set(foldTagKey(tag.key), index);
        });
      }),
    ...exemptionsShape,
  },
  refine: noCrossFieldRules,
} satisfies PolicyProperties<z.core.$ZodLooseShape>;
export type RequiredTagsConfig = z.infer<z.ZodObject<typeof requiredTagsProperties.shape>>;
export type RequiredTag = RequiredTagsConfig["requiredTags"][number];
