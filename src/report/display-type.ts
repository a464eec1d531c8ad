/**
 * The type name `pulumi preview` displays: a module's last path segment is dropped when it is the
 * type's own name with a lower-case first letter, so `aws:bedrock/agentAgent:AgentAgent` shows as
 * `aws:bedrock:AgentAgent`, while `azure-native:cognitiveservices/v20250601:Deployment` and
 * `kubernetes:apps/v1:Deployment` are shown as they are.
 */
export function displayType(type: string): string {
  const [pkg, module, name, ...rest] = type.split(":");
  if (pkg === undefined || module === undefined || name === undefined || rest.length > 0)
    return type;
  const slash = module.lastIndexOf("/");
  const last = module.slice(slash + 1);
  const named = name.charAt(0).toLowerCase() + name.slice(1);
  return slash >= 0 && last === named ? `${pkg}:${module.slice(0, slash)}:${name}` : type;
}
