import type { Policies } from "@pulumi/policy";
import { aiApprovedModel } from "./ai-approved-model.js";
import { aiNotCheckable } from "./ai-not-checkable.js";
import { aiRequiredTags } from "./ai-required-tags.js";

/** The pack's policies, in the order the engine reports them. */
export const policies: Policies = [aiRequiredTags, aiApprovedModel, aiNotCheckable];
