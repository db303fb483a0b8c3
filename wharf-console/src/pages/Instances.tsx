import { InstanceView } from '../api';

/** Each instance with a readiness mark that says it in words too, and a terminal on any running one. */
export function Instances({ instances, onTerminal }: { instances: InstanceView[]; onTerminal?: (id: string) => void }) {
  return (
    <section aria-labelledby="instances">
      <h2 id="instances">Instances</h2>
      <table>
        <thead><tr><th>Instance</th><th>State</th><th>Ready</th><th>Revision</th><th>Restarts</th><th>Address</th><th /></tr></thead>
        <tbody>
          {instances.map((i) => (
            <tr key={i.id} data-testid="instance">
              <td><code>{i.id}</code></td>
              <td>{i.state}</td>
              <td><span className={i.ready ? 'ring ready' : 'ring'} aria-hidden="true" /> {i.ready ? 'ready' : 'not ready'}</td>
              <td>{i.revision}</td>
              <td>{i.restarts}</td>
              <td>{i.address ?? '-'}</td>
              <td>{onTerminal && i.state === 'running' && (
                <button type="button" onClick={() => onTerminal(i.id)} aria-label={`Terminal in ${i.id}`}>Terminal</button>
              )}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
