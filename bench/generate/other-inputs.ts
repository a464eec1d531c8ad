import { unknownStringSentinel } from "../../src/engine/wire.js";
import type { Prng } from "../prng.js";
import { compliantTagSet } from "./ai-inputs.js";

/** An ordinary (non-AI) resource type and how its inputs look on the wire. */
interface OtherType {
  readonly token: string;
  readonly inputs: (prng: Prng, name: string) => Record<string, unknown>;
}

const policyDocument = (prng: Prng) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Action: prng.pick([["s3:GetObject"], ["logs:PutLogEvents", "logs:CreateLogStream"]]),
        Resource: ["*"],
      },
    ],
  });

/** The AWS and Azure resources that surround AI resources in a real stack. */
export const otherTypes: readonly OtherType[] = [
  {
    token: "aws:s3/bucket:Bucket",
    inputs: (prng, name) => ({
      bucket: name,
      tags: compliantTagSet(prng),
      versioning: { enabled: prng.chance(0.5) },
      serverSideEncryptionConfiguration: {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } },
      },
    }),
  },
  {
    token: "aws:iam/role:Role",
    inputs: (prng, name) => ({
      name,
      assumeRolePolicy: policyDocument(prng),
      managedPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
      tags: compliantTagSet(prng),
    }),
  },
  {
    token: "aws:iam/rolePolicy:RolePolicy",
    inputs: (prng) => ({ role: unknownStringSentinel, policy: policyDocument(prng) }),
  },
  {
    token: "aws:lambda/function:Function",
    inputs: (prng, name) => ({
      name,
      runtime: "nodejs20.x",
      handler: "index.handler",
      role: unknownStringSentinel,
      memorySize: prng.pick([128, 256, 512]),
      environment: { variables: { TABLE: `${name}-table`, STAGE: "dev" } },
      tags: compliantTagSet(prng),
    }),
  },
  {
    token: "aws:ec2/securityGroup:SecurityGroup",
    inputs: (prng, name) => ({
      name,
      vpcId: unknownStringSentinel,
      ingress: [
        { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/16"] },
        {
          protocol: "tcp",
          fromPort: 22,
          toPort: 22,
          cidrBlocks: [`10.${prng.int(0, 255)}.0.0/24`],
        },
      ],
      egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
      tags: compliantTagSet(prng),
    }),
  },
  {
    token: "aws:dynamodb/table:Table",
    inputs: (prng, name) => ({
      name,
      billingMode: "PAY_PER_REQUEST",
      hashKey: "pk",
      attributes: [
        { name: "pk", type: "S" },
        { name: "sk", type: "S" },
      ],
      pointInTimeRecovery: { enabled: prng.chance(0.5) },
      tags: compliantTagSet(prng),
    }),
  },
  {
    token: "aws:cloudwatch/logGroup:LogGroup",
    inputs: (prng, name) => ({ name: `/aws/${name}`, retentionInDays: prng.pick([7, 30, 90]) }),
  },
  {
    token: "azure-native:resources:ResourceGroup",
    inputs: (prng, name) => ({
      resourceGroupName: name,
      location: "westeurope",
      tags: compliantTagSet(prng),
    }),
  },
  {
    token: "azure-native:storage:StorageAccount",
    inputs: (prng, name) => ({
      accountName: name.replace(/[^a-z0-9]/g, "").slice(0, 24),
      resourceGroupName: unknownStringSentinel,
      kind: "StorageV2",
      sku: { name: prng.pick(["Standard_LRS", "Standard_GRS"]) },
      networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "10.0.0.0/16" }] },
      tags: compliantTagSet(prng),
    }),
  },
  {
    token: "azure-native:network:VirtualNetwork",
    inputs: (prng, name) => ({
      virtualNetworkName: name,
      resourceGroupName: unknownStringSentinel,
      addressSpace: { addressPrefixes: [`10.${prng.int(0, 255)}.0.0/16`] },
      subnets: [{ name: "default", addressPrefix: "10.0.1.0/24" }],
    }),
  },
  {
    token: "azure-native:keyvault:Vault",
    inputs: (prng, name) => ({
      vaultName: name,
      resourceGroupName: unknownStringSentinel,
      properties: {
        tenantId: "00000000-0000-0000-0000-000000000000",
        sku: { family: "A", name: "standard" },
        enableRbacAuthorization: true,
      },
      tags: compliantTagSet(prng),
    }),
  },
  {
    token: "azure:storage/account:Account",
    inputs: (prng, name) => ({
      name: name.replace(/[^a-z0-9]/g, "").slice(0, 24),
      resourceGroupName: unknownStringSentinel,
      accountTier: "Standard",
      accountReplicationType: prng.pick(["LRS", "GRS"]),
      tags: compliantTagSet(prng),
    }),
  },
];
