import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "a date as YYYY-MM-DD" })
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
      new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    {
      error: "a real calendar date as YYYY-MM-DD",
    },
  );

/**
 * A waiver of one policy for the resources it names, until a date. Reason and expiry are
 * required: an exemption nobody can explain or that never ends is how governance erodes.
 */
export const exemptionSchema = z.strictObject({
  /** A resource name, a URN, or a glob over either (`*` any run, `?` one character). */
  resource: z.string().trim().min(1),
  reason: z.string().trim().min(1),
  owner: z.string().trim().min(1).optional(),
  /** The last day the exemption applies (UTC). */
  expires: isoDate,
});
export type Exemption = z.infer<typeof exemptionSchema>;

/** Within this many days of its end, an exemption is reported as expiring soon. */
export const expiringSoonDays = 14;

/** The `exemptions` property every enforcing policy takes. */
export const exemptionsShape = { exemptions: z.array(exemptionSchema).default([]) };

export { isoDate };
