import type { Policies } from "@pulumi/policy";
import { aiNotCheckable } from "./ai-not-checkable.js";
import { enforcingPolicies } from "./rules.js";

/** The pack's policies, in the order the engine reports them. */
export const policies: Policies = [...enforcingPolicies, aiNotCheckable];
