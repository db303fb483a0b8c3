import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, session } from './api';
import { route } from './App';
import { ProblemView } from './ProblemView';
import { AppTable } from './pages/Systems';
import { Login } from './pages/Login';

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
