import * as pulumi from "@pulumi/pulumi";

/**
 * Tags this program adds to the account-wide ones in `aws:defaultTags` (cost center, owner): the
 * environment, which follows the stack, and the application for the cost explorer's grouping.
 */
export const commonTags = {
  environment: pulumi.getStack(),
  application: "help-center-assistant",
};
