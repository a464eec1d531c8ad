import { dirname } from "node:path";
import { unknownStringSentinel } from "../../src/engine/wire";
import { resultFields } from "../../src/runner/invoke-result-fields";
import { answerInvoke } from "../../src/runner/invoke-results";
import { repoRoot } from "../support/program-copy";

// A data-source call the runner has no answer for gets each field of its result as unknown, read
// from the SDK's declarations, so a program reading one sees "not known at preview".

const packageRoot = (pkg: string) =>
  pkg === "aws"
    ? dirname(require.resolve("@pulumi/aws/package.json", { paths: [repoRoot] }))
    : undefined;
const fieldsOf = (token: string) => resultFields(token, packageRoot);

it("reads a result's fields from the SDK's declaration file", () => {
  expect(fieldsOf("aws:ssm/getParameter:getParameter")).toEqual(
    expect.arrayContaining(["arn", "id", "name", "value", "version"]),
  );
});

it("reads the fields of a top-level function, whose token's module is index", () => {
  expect(fieldsOf("aws:index/getAvailabilityZones:getAvailabilityZones")).toEqual(
    expect.arrayContaining(["id", "names", "zoneIds"]),
  );
});

it.each([
  ["a package it cannot find", "azure:core/getClientConfig:getClientConfig"],
  ["a token without a module", "aws:getThing"],
  ["a function the SDK does not declare", "aws:ssm/getNothing:getNothing"],
])("knows no fields for %s", (_what, token) => {
  expect(fieldsOf(token)).toBeUndefined();
});

it("answers every result field as unknown, except the arguments it echoes", () => {
  const answer = answerInvoke(
    "aws:ssm/getParameter:getParameter",
    { name: "/ml/owner" },
    {},
    fieldsOf,
  );
  expect(answer).toMatchObject({
    name: "/ml/owner",
    value: unknownStringSentinel,
    arn: unknownStringSentinel,
  });
  expect(Object.keys(answer).sort()).toEqual(fieldsOf("aws:ssm/getParameter:getParameter")!.sort());
});

it("echoes the arguments of a call whose fields it cannot read", () => {
  expect(answerInvoke("custom:index:lookup", { key: "k" }, {}, fieldsOf)).toEqual({ key: "k" });
});

it("answers the calls in its table with values of the right shape", () => {
  expect(
    answerInvoke("aws:index/getRegion:getRegion", {}, { "aws:region": "eu-west-1" }, fieldsOf),
  ).toMatchObject({
    name: "eu-west-1",
    region: "eu-west-1",
  });
});
