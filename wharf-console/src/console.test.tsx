import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, session } from './api';
import { route } from './App';
import { ProblemView } from './ProblemView';
import { AppTable, where } from './pages/Systems';
import { Login, loginCode } from './pages/Login';
import { merged } from './pages/AppPage';
import { lineDiff } from './lineDiff';
import { releaseLines } from './releaseLines';
import { reloadDelay, retryable } from './useEvents';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('the console', () => {
  it('reads an app page from the fragment and nothing else', () => {
    expect(route('#/systems/shop/apps/web')).toEqual({ system: 'shop', app: 'web' });
    expect(route('#/')).toBeNull();
    expect(route('#/systems/Shop/apps/web')).toBeNull();
    expect(route('#/systems/shop/apps/web/../x')).toBeNull();
  });

  it('shows a refusal in the server\'s words, with each field', () => {
    render(<ProblemView error={new ApiError({ status: 422, title: 'Invalid request', detail: 'fix the fields',
      errors: [{ field: 'replicas', message: 'must be between 0 and 1000' }] })} />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('422 Invalid request');
    expect(alert.textContent).toContain('fix the fields');
    expect(alert.textContent).toContain('replicas: must be between 0 and 1000');
  });

  it('lists apps with their phase in words and ready over wanted', () => {
    render(<AppTable system="shop" apps={[{ name: 'web', system: 'shop', image: 'img:1', replicas: 3, revision: 2,
      type: 'online', status: { phase: 'Degraded', readyReplicas: 1, message: '1/3 instances ready' } }]} />);

    expect(screen.getByRole('link', { name: 'web' }).getAttribute('href')).toBe('#/systems/shop/apps/web');
    expect(screen.getByText('Degraded')).toBeTruthy();
    expect(screen.getByText('1/3')).toBeTruthy();
  });

  it('keeps a token only once the server accepted it, in this tab alone', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(new Response(JSON.stringify({ title: 'Unauthorized', detail: 'unknown token' }),
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ name: 'alice' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const onLogin = vi.fn();
    render(<Login onLogin={onLogin} />);

    fireEvent.change(screen.getByLabelText('Token'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('401 Unauthorized'));
    expect(onLogin).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Token'), { target: { value: 'wharf_good' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(onLogin).toHaveBeenCalledWith('wharf_good'));
    expect(fetch.mock.calls[1][1].headers.Authorization).toBe('Bearer wharf_good');
    expect(session.token()).toBeNull(); // App stores it; Login only proves it
  });
});

describe('a one-time link', () => {
  it('is read from the fragment only in its own form', () => {
    expect(loginCode('#login=Ab_9-x')).toBe('Ab_9-x');
    expect(loginCode('#/login=Ab')).toBeNull();
    expect(loginCode('#login=a b')).toBeNull();
  });

  it('leaves the address at once, is traded for its token without sending the tab\'s, and logs in only when agreed', async () => {
    session.login('wharf_already_here');
    window.history.replaceState(null, '', '/#login=c0de');
    const fetch = vi.fn()
      .mockResolvedValueOnce(new Response(JSON.stringify({ token: 'wharf_linked' }), { status: 200 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ user: 'alice' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const onLogin = vi.fn();
    const onCodeUsed = vi.fn(() => expect(window.location.hash).toBe('#/'));
    render(<Login onLogin={onLogin} code="c0de" onCodeUsed={onCodeUsed} />);

    await waitFor(() => expect(screen.getByRole('button', { name: 'Log in as alice' })).toBeTruthy());
    expect(onCodeUsed).toHaveBeenCalled();
    expect(onLogin).not.toHaveBeenCalled();
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/console/login');
    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual({ code: 'c0de' });
    expect(fetch.mock.calls[0][1].headers.Authorization).toBeUndefined();
    expect(fetch.mock.calls[1][1].headers.Authorization).toBe('Bearer wharf_linked');

    fireEvent.click(screen.getByRole('button', { name: 'Log in as alice' }));
    expect(onLogin).toHaveBeenCalledWith('wharf_linked');
  });

  it('shows the server\'s refusal of a used code', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(new Response(JSON.stringify({ title: 'Unauthorized',
      detail: 'this console link is unknown, used or older than 60 s' }), { status: 401 })));
    const onLogin = vi.fn();
    render(<Login onLogin={onLogin} code="used" />);

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('401 Unauthorized'));
    expect(onLogin).not.toHaveBeenCalled();
  });
});

describe('the overview', () => {
  it('says where each app runs: counts per cluster, a selector, or this machine', () => {
    const app = { name: 'web', system: 'shop', image: 'img:1', replicas: 3, revision: 1, type: 'online', status: null };
    expect(where({ ...app, placement: { clusters: { 'idc-a': 2, 'idc-b': 1 } } })).toBe('idc-a: 2, idc-b: 1');
    expect(where({ ...app, placement: { selector: { idc: 'bj-1' }, spread: 'even' } })).toBe('idc=bj-1 (even)');
    expect(where(app)).toBe('local');
  });
});

describe('the app page\'s events', () => {
  it('are kept newest first, each once', () => {
    const e = (id: number) => ({ id, time: 't', type: 'Normal', reason: 'Scaled', message: `m${id}` });
    expect(merged([e(3), e(1)], [e(2), e(3), e(4)]).map((x) => x.id)).toEqual([4, 3, 2, 1]);
  });
});

describe('a release compared with another', () => {
  it('is one sorted line per setting, secrets by name and version only', () => {
    const lines = releaseLines({ revision: 2, image: 'img:2', env: { B: '2', A: '1' },
      configs: [{ name: 'app-conf', path: '/etc/app.conf', size: 23 }],
      secrets: [{ name: 'db', path: null, env: 'DB_PASSWORD', version: 3 }] });
    expect(lines).toBe('image: img:2\nenv A=1\nenv B=2\nconfig app-conf: /etc/app.conf (23 bytes)\n'
      + 'secret db: env DB_PASSWORD (version 3)');
    expect(lineDiff(releaseLines({ revision: 2, image: 'img:2' }), releaseLines({ revision: 1, image: 'img:1' }))
      .filter((l) => l.kind !== ' ').map((l) => l.kind + l.text)).toEqual(['-image: img:2', '+image: img:1']);
  });
});

describe('the live stream', () => {
  it('reloads 50 ms after an event, but at most twice a second', () => {
    expect(reloadDelay(10_000, 0)).toBe(50);
    expect(reloadDelay(10_000, 9_900)).toBe(400);
    expect(reloadDelay(10_000, 9_400)).toBe(50);
  });

  it('reconnects after a break or an overload, not after a refusal', () => {
    expect(retryable(new TypeError('network error'))).toBe(true);
    expect(retryable(new ApiError({ status: 503, title: 'Unavailable' }))).toBe(true);
    expect(retryable(new ApiError({ status: 429, title: 'Too many requests' }))).toBe(true);
    expect(retryable(new ApiError({ status: 401, title: 'Unauthorized' }))).toBe(false);
    expect(retryable(new ApiError({ status: 404, title: 'Not found' }))).toBe(false);
  });
});

describe('a call to the API', () => {
  it('reads again once when the network dropped the request, but never sends a change twice', async () => {
    const fetch = vi.fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(JSON.stringify([{ name: 'shop' }]), { status: 200 }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);

    await expect(call('GET', '/api/v1/systems', undefined, 'wharf_t')).resolves.toEqual([{ name: 'shop' }]);
    expect(fetch).toHaveBeenCalledTimes(2);
    await expect(call('POST', '/api/v1/systems', { name: 'x' }, 'wharf_t')).rejects.toThrow('Failed to fetch');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
