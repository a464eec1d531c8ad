import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();

/** The attribution tags finance reads from every resource this stack creates. */
export const commonTags = {
  "cost-center": config.require("costCenter"),
  owner: config.require("owner"),
  environment: pulumi.getStack(),
};
