import { z } from "zod";
import { ConfigError } from "../../src/config/config-error";
import { noCrossFieldRules } from "../../src/config/policy-properties";
import { makeConfigReader } from "../../src/policies/policy-config";

/** A reader of a one-property config, and how often it was handed a config to read. */
function reader() {
  const properties = { shape: { owner: z.string().default("nobody") }, refine: noCrossFieldRules };
  const read = makeConfigReader("ai-required-tags", properties, (config) => config.owner);
  let calls = 0;
  const args = (config: Record<string, unknown>) => ({
    getConfig: () => {
      calls++;
      return { ...config };
    },
  });
  return { read, args, calls: () => calls };
}

describe("a policy's config reader", () => {
  it("checks a config once for the resources a policy skips", () => {
    const { read, args, calls } = reader();
    read.checkOnce(args({ owner: "ana" }));
    read.checkOnce(args({ owner: "ana" }));
    expect(calls()).toBe(1);
    expect(read.last()).toBe("ana");
  });

  it("reads the config of every resource a policy evaluates, so a new config is seen", () => {
    const { read } = reader();
    expect(read.read({ owner: "ana" })).toBe("ana");
    expect(read.read({ owner: "ana" })).toBe("ana");
    expect(read.read({ owner: "bo" })).toBe("bo");
    expect(read.read({})).toBe("nobody");
    expect(read.read({ owner: "bo" })).toBe("bo");
    expect(() => read.read({ owner: "bo", extra: 1 })).toThrow(ConfigError);
  });

  it("keeps checking until a config has been read", () => {
    const { read, args, calls } = reader();
    const checkBad = () => {
      read.checkOnce(args({ owner: 7 }));
    };
    expect(checkBad).toThrow(ConfigError);
    expect(checkBad).toThrow(ConfigError);
    read.checkOnce(args({ owner: "ana" }));
    read.checkOnce(args({ owner: "ana" }));
    expect(calls()).toBe(3);
  });
});
