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
  // the code of a one-time link, until the person logs in with it or declines it
  const [linkCode, setLinkCode] = useState(loginCode(window.location.hash));
  useEffect(() => {
    const changed = () => {
      const code = loginCode(window.location.hash);
      if (code) setLinkCode(code);
      setHash(window.location.hash);
    };
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  // Login drops the code from the address with replaceState, which fires no hashchange
  const codeUsed = useCallback(() => setHash(window.location.hash), []);
  const login = useCallback((t: string) => { session.login(t); setToken(t); setLinkCode(null); }, []);
  if (!token || linkCode) {
    return <Login onLogin={login} code={linkCode} onCodeUsed={codeUsed} onCancel={() => setLinkCode(null)} />;
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
