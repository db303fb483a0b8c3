import { FormEvent, useEffect, useRef, useState } from 'react';
import { call } from '../api';
import { ProblemView } from '../ProblemView';
import { useAction } from '../useAction';

/** The code of a one-time link from {@code wharf console} (#login=CODE), if the address holds one. */
export function loginCode(hash: string): string | null {
  const match = /^#login=([A-Za-z0-9_-]+)$/.exec(hash);
  return match ? match[1] : null;
}

/**
 * Logs in with a user token (or the admin token), checked with /api/v1/whoami before it is kept; or with
 * the code of a one-time link: dropped from the address at once, traded for its token, and kept only once
 * the person agreed to act as the user it names (a link someone else sent must not log you in as them
 * unseen).
 */
export function Login({ onLogin, code, onCodeUsed, onCancel }: {
  onLogin: (token: string) => void; code?: string | null; onCodeUsed?: () => void; onCancel?: () => void;
}) {
  const [token, setToken] = useState('');
  const [linked, setLinked] = useState<{ token: string; user: string } | null>(null);
  const [error, run] = useAction();
  const redeemed = useRef<string | null>(null);
  useEffect(() => {
    if (!code || redeemed.current === code) return;
    redeemed.current = code;
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
    onCodeUsed?.();
    run(async () => {
      const answer = await call<{ token: string }>('POST', '/api/v1/console/login', { code }, null);
      const who = await call<{ user: string }>('GET', '/api/v1/whoami', undefined, answer.token);
      setLinked({ token: answer.token, user: who.user });
    });
  }, [code, onCodeUsed, run]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(async () => {
      await call('GET', '/api/v1/whoami', undefined, token.trim());
      onLogin(token.trim());
    });
  };
  return (
    <main className="login">
      <h1>Wharf</h1>
      {linked && (
        <section aria-labelledby="linked">
          <h2 id="linked">This link logs you in as {linked.user}</h2>
          <button type="button" onClick={() => onLogin(linked.token)}>Log in as {linked.user}</button>
        </section>
      )}
      {code && <button type="button" onClick={() => { setLinked(null); onCancel?.(); }}>Do not use this link</button>}
      <form onSubmit={submit}>
        <label htmlFor="token">Token</label>
        <input id="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        <button type="submit" disabled={!token.trim()}>Log in</button>
      </form>
      <p className="hint">Or run <code>wharf console</code> for a link that logs you in once.</p>
      <ProblemView error={error} />
    </main>
  );
}
