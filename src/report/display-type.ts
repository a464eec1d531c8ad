/**
 * The type name `pulumi preview` displays: the module's file segment dropped, so
 * `aws:bedrock/agentAgent:AgentAgent` shows as `aws:bedrock:AgentAgent`.
 */
export function displayType(type: string): string {
  const [pkg, module, name] = type.split(":");
  if (pkg === undefined || module === undefined || name === undefined) return type;
  const slash = module.indexOf("/");
  return `${pkg}:${slash < 0 ? module : module.slice(0, slash)}:${name}`;
}
