import * as aws from "@pulumi/aws";

/**
 * A role Bedrock assumes on this stack's behalf, with one inline policy. Both the agent and the
 * knowledge base need one, and they differ only in what they may call.
 */
export function bedrockServiceRole(
  name: string,
  statements: aws.iam.PolicyStatement[],
  tags: Record<string, string>,
): aws.iam.Role {
  const role = new aws.iam.Role(name, {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "bedrock.amazonaws.com" }),
    tags,
  });
  new aws.iam.RolePolicy(name, {
    role: role.id,
    policy: { Version: "2012-10-17", Statement: statements },
  });
  return role;
}
