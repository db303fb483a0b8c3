import { ReleaseView } from './api';

/**
 * A release as sorted lines, one per setting (image, command, each env variable, resources, health check,
 * each config file and secret by name), so that two releases can be compared with lineDiff. Secrets are
 * named with their version, never shown by value (the API holds none).
 */
export function releaseLines(r: ReleaseView): string {
  const lines = [`image: ${r.image}`];
  if (r.digest) lines.push(`digest: ${r.digest}`);
  if (r.command && r.command.length > 0) lines.push(`command: ${JSON.stringify(r.command)}`);
  Object.keys(r.env ?? {}).sort().forEach((k) => lines.push(`env ${k}=${r.env![k]}`));
  if (r.resources) lines.push(`resources: ${JSON.stringify(r.resources)}`);
  if (r.healthCheck) lines.push(`health check: ${JSON.stringify(r.healthCheck)}`);
  [...(r.configs ?? [])].sort((a, b) => a.name.localeCompare(b.name))
    .forEach((c) => lines.push(`config ${c.name}: ${c.path} (${c.size} bytes)`));
  [...(r.secrets ?? [])].sort((a, b) => a.name.localeCompare(b.name))
    .forEach((s) => lines.push(`secret ${s.name}: ${s.env ? `env ${s.env}` : s.path} (version ${s.version})`));
  return lines.join('\n');
}
