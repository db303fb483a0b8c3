import { FormEvent, useState } from 'react';
import { call } from '../api';
import { ProblemView } from '../ProblemView';
import { useAction } from '../useAction';

/** Logs in with a user token (or the admin token): checked with /api/v1/whoami before it is kept. */
export function Login({ onLogin }: { onLogin: (token: string) => void }) {
  const [token, setToken] = useState('');
  const [error, run] = useAction();
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
      <form onSubmit={submit}>
        <label htmlFor="token">Token</label>
        <input id="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        <button type="submit" disabled={!token.trim()}>Log in</button>
      </form>
      <ProblemView error={error} />
    </main>
  );
}
