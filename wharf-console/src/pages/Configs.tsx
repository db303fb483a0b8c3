import { useEffect, useState } from 'react';
import { call } from '../api';
import { lineDiff } from '../lineDiff';
import { ProblemView } from '../ProblemView';
import { useAction } from '../useAction';

interface ConfigView { name: string; path: string; size: number; revision: number }
interface SecretView { name: string; path: string | null; env: string | null; version: number }

/** Config files, edited with the diff shown before saving; secrets by name and where they go, never their values. */
export function Configs({ base, revision }: { base: string; revision: number }) {
  const [configs, setConfigs] = useState<ConfigView[]>([]);
  const [secrets, setSecrets] = useState<SecretView[]>([]);
  const [editing, setEditing] = useState<{ name: string; path: string; before: string; after: string } | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [loadError, setError] = useState<unknown>(null);
  const [saveError, run] = useAction();
  useEffect(() => {
    call<ConfigView[]>('GET', `${base}/configs`).then(setConfigs, setError);
    call<SecretView[]>('GET', `${base}/secrets`).then(setSecrets, setError);
  }, [base, revision]);
  const edit = async (c: ConfigView) => {
    const full = await call<{ content: string }>('GET', `${base}/configs/${c.name}`);
    setEditing({ name: c.name, path: c.path, before: full.content, after: full.content });
    setReviewing(false);
  };
  const save = () => editing && run(async () => {
    await call('PUT', `${base}/configs/${editing.name}`, { path: editing.path, content: editing.after });
    setEditing(null);
  });
  return (
    <section aria-labelledby="configs">
      <h2 id="configs">Config files and secrets</h2>
      <ul>
        {configs.map((c) => (
          <li key={c.name}><code>{c.name}</code> at <code>{c.path}</code> ({c.size} bytes, revision {c.revision})
            {' '}<button type="button" onClick={() => edit(c)}>Edit {c.name}</button></li>
        ))}
        {secrets.map((s) => (
          <li key={s.name}>secret <code>{s.name}</code> {s.path ? `at ${s.path}` : `as $${s.env}`} (version {s.version})</li>
        ))}
        {configs.length + secrets.length === 0 && <li>None.</li>}
      </ul>
      {editing && (
        <div>
          <label htmlFor="config-content">Content of {editing.name}</label>
          <textarea id="config-content" rows={10} cols={80} value={editing.after}
            onChange={(e) => { setEditing({ ...editing, after: e.target.value }); setReviewing(false); }} />
          {!reviewing && <button type="button" onClick={() => setReviewing(true)}>Review the changes</button>}
          {reviewing && (
            <>
              <pre className="diff" data-testid="config-diff">{lineDiff(editing.before, editing.after)
                .map((l) => l.kind + l.text).join('\n')}</pre>
              <button type="button" onClick={save}>Save {editing.name} as a new release</button>
            </>
          )}
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </div>
      )}
      <ProblemView error={saveError ?? loadError} />
    </section>
  );
}
