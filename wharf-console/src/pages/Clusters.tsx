import { useEffect, useState } from 'react';
import { call } from '../api';
import { ProblemView } from '../ProblemView';

interface ClusterView {
  name: string;
  kind: string;
  labels: Record<string, string>;
  health: { reachable: boolean; serverVersion: string | null; nodes: number | null;
    allocatable: { cpu: string; memory: string } | null; message: string | null } | null;
}

/** Every cluster with its labels (the IDC among them) and what its nodes offer, read live. */
export function Clusters() {
  const [clusters, setClusters] = useState<ClusterView[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call<ClusterView[]>('GET', '/api/v1/clusters').then(setClusters, setError);
  }, []);
  return (
    <>
      <h1>Clusters</h1>
      <ProblemView error={error} />
      <table>
        <thead><tr><th>Cluster</th><th>Kind</th><th>Labels</th><th>Reachable</th><th>Nodes</th><th>Allocatable</th></tr></thead>
        <tbody>
          {clusters.map((c) => (
            <tr key={c.name} data-testid="cluster">
              <td>{c.name}</td>
              <td>{c.kind}</td>
              <td>{Object.entries(c.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') || '-'}</td>
              <td>{c.health ? (c.health.reachable ? 'yes' : `no: ${c.health.message ?? ''}`) : '-'}</td>
              <td>{c.health?.nodes ?? '-'}</td>
              <td>{c.health?.allocatable ? `${c.health.allocatable.cpu} CPU, ${c.health.allocatable.memory}` : '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
