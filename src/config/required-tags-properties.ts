import { z } from "zod";
import { repeatsAmbiguousGroup } from "./backtracking-pattern.js";
import { exemptionsShape } from "./exemptions.js";
import { noCrossFieldRules, type PolicyProperties } from "./policy-properties.js";
import { foldTagKey } from "./tag-key.js";
import { compilesAsRegExp, usablePattern } from "./tag-pattern.js";

const requiredTagSchema = z
  .strictObject({
    key: z.string().trim().min(1),
    allowedValues: z.array(z.string().min(1)).min(1).optional(),
    pattern: z
      .string()
      .min(1)
      .refine(compilesAsRegExp, { error: "a valid regular expression" })
      .refine((source) => !repeatsAmbiguousGroup(source), {
        error:
          "a pattern without a repeated group that itself repeats or alternates, " +
          "such as (a+)+ or (a|b)*, which can take exponential time",
      })
      .optional(),
    /** The value the `remediate` level writes when the tag is missing. */
    default: z.string().min(1).optional(),
  })
  .superRefine((tag, ctx) => {
    const value = tag.default;
    if (value === undefined) return;
    const allowed = tag.allowedValues === undefined || tag.allowedValues.includes(value);
    const pattern = usablePattern(tag.pattern);
    const matches = pattern === undefined || pattern.test(value);
    if (!allowed || !matches) {
      ctx.addIssue({
        code: "custom",
        path: ["default"],
        message: `a default the tag's own rules accept, got ${JSON.stringify(value)}`,
      });
    }
  });

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
