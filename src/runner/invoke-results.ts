/**
 * Answers for data-source calls a program makes while it runs. The real engine asks the provider;
 * without credentials the runner answers the calls that AI programs commonly make with values of
 * the right shape. Any other call gets its result's fields (from the SDK's declarations) as
 * unknown, so what a program reads from it is "not known at preview", never "missing".
 */
import { unknownStringSentinel } from "../engine/wire.js";

const fakeAccount = "123456789012";
const fakeAzureId = "00000000-0000-0000-0000-000000000000";

/**
 * The identities the runner makes up: real programs get the caller's own. A tag built from one
 * is not the value the stack will deploy with (see stand-in-tags.ts).
 */
export const standInIdentities: readonly string[] = [fakeAccount, fakeAzureId];

type Answer = (
  args: Record<string, unknown>,
  config: Readonly<Record<string, string>>,
) => Record<string, unknown>;

const answers: Readonly<Record<string, Answer>> = {
  "aws:index/getCallerIdentity:getCallerIdentity": () => ({
    accountId: fakeAccount,
    arn: `arn:aws:iam::${fakeAccount}:user/preview`,
    userId: "PREVIEW",
    id: fakeAccount,
  }),
  "aws:index/getRegion:getRegion": (_args, config) => {
    const region = config["aws:region"] ?? "us-east-1";
    return { name: region, region, id: region, endpoint: `${region}.amazonaws.com` };
  },
  "aws:index/getPartition:getPartition": () => ({
    partition: "aws",
    dnsSuffix: "amazonaws.com",
    id: "aws",
  }),
  "aws:bedrockfoundation/getModel:getModel": (args, config) => {
    const region = config["aws:region"] ?? "us-east-1";
    const modelId = typeof args.modelId === "string" ? args.modelId : "";
    return {
      ...args,
      id: modelId,
      modelArn: `arn:aws:bedrock:${region}::foundation-model/${modelId}`,
    };
  },
  "azure-native:authorization:getClientConfig": () => ({
    clientId: fakeAzureId,
    objectId: fakeAzureId,
    subscriptionId: fakeAzureId,
    tenantId: fakeAzureId,
  }),
};

export function answerInvoke(
  token: string,
  args: Record<string, unknown>,
  config: Readonly<Record<string, string>>,
  fieldsOf: (token: string) => readonly string[] | undefined,
): Record<string, unknown> {
  const known = answers[token];
  if (known) return known(args, config);
  const fields = fieldsOf(token);
  if (fields === undefined) return args;
  return Object.fromEntries(
    fields.map((field) => [field, field in args ? args[field] : unknownStringSentinel]),
  );
}
