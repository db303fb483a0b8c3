import { useCallback, useEffect, useState } from 'react';
import { session } from './api';
import { Login, loginCode } from './pages/Login';
import { Systems } from './pages/Systems';
import { AppPage } from './pages/AppPage';
import { Audit } from './pages/Audit';
import { Clusters } from './pages/Clusters';

/** Where the console is: the systems overview or one app, from the URL's fragment (#/systems/s/apps/a). */
export function route(hash: string): { system: string; app: string } | null {
  const match = /^#\/systems\/([a-z0-9-]+)\/apps\/([a-z0-9-]+)$/.exec(hash);
  return match ? { system: match[1], app: match[2] } : null;
}

export function App() {
  const [token, setToken] = useState(session.token());
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  // a one-time link's code was dropped from the address with replaceState, which fires no hashchange
  const login = useCallback((t: string) => { session.login(t); setToken(t); setHash(window.location.hash); }, []);
  const code = loginCode(hash);
  if (!token || code) {
    return <Login onLogin={login} code={code} />;
  }
  const logout = () => { session.logout(); setToken(null); window.location.hash = ''; };
  const at = route(hash);
  const page = at ? <AppPage system={at.system} app={at.app} />
    : hash === '#/clusters' ? <Clusters /> : hash === '#/audit' ? <Audit /> : <Systems />;
  return (
    <>
      <header>
        <a href="#/" className="brand">Wharf</a>
        <nav aria-label="pages">
          <a href="#/">Systems</a> <a href="#/clusters">Clusters</a> <a href="#/audit">Audit trail</a>
          {at && <span> · {at.system} / {at.app}</span>}
        </nav>
        <button type="button" onClick={logout}>Log out</button>
      </header>
      <main>{page}</main>
    </>
  );
}
