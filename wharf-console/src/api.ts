/** The server's answer to a refused request (RFC 9457 problem details), as the console shows it. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
}

const TOKEN_KEY = 'wharf.token';

/** The token lives in this tab's sessionStorage only: never in a URL, gone when the tab closes. */
export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  login: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  logout: () => sessionStorage.removeItem(TOKEN_KEY),
};

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = await response.json();
    return { status: response.status, title: body.title ?? response.statusText, detail: body.detail, errors: body.errors };
  } catch {
    return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
  }
}

/** How long a read waits before its one retry after a network error. */
export const READ_RETRY_MS = 300;

/**
 * fetch, and for a read (GET) one more try after a network error: the browser drops requests in flight
 * when the machine's network changes (Chromium's ERR_NETWORK_CHANGED, as when a container's interface
 * comes up). A change is never sent twice: it might have been done.
 */
async function send(method: string, path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { method, ...init });
  } catch (error) {
    if (method !== 'GET' || !(error instanceof TypeError)) throw error;
    await new Promise((resolve) => setTimeout(resolve, READ_RETRY_MS));
    return fetch(path, { method, ...init });
  }
}

/** Calls the API with the session's token (or {@code token}); a refusal becomes an ApiError with the server's words. */
export async function call<T>(method: string, path: string, body?: unknown, token = session.token()): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await send(method, path, { headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new ApiError(await problemOf(response));
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Reads a streamed answer (NDJSON events, log lines) line by line until {@code signal} aborts it.
 * Empty lines are the server's keep-alives and are skipped.
 */
export async function follow(path: string, onLine: (line: string) => void, signal: AbortSignal): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${session.token()}` }, signal });
  if (!response.ok || !response.body) throw new ApiError(await problemOf(response));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += value;
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.trim()) onLine(line);
    }
  }
}

export interface AppStatus {
  phase: string;
  readyReplicas: number;
  message: string;
}

export interface AppView {
  name: string;
  system: string;
  image: string;
  replicas: number;
  revision: number;
  type: string;
  domains?: string[];
  placement?: { clusters?: Record<string, number>; selector?: Record<string, string>; spread?: string } | null;
  status: AppStatus | null;
}

export interface InstanceView {
  id: string;
  state: string;
  ready: boolean;
  address: string | null;
  revision: number;
  restarts: number;
  startedAt: string | null;
}

export interface ReleaseView {
  revision: number;
  image: string;
  digest?: string | null;
  command?: string[] | null;
  env?: Record<string, string> | null;
  resources?: unknown;
  healthCheck?: unknown;
  configs?: { name: string; path: string; size: number }[];
  secrets?: { name: string; path: string | null; env: string | null; version: number }[];
  createdAt?: string;
  author?: string;
  summary?: string;
}

export interface EventView {
  id: number;
  system?: string;
  app?: string;
  time: string;
  type: string;
  reason: string;
  message: string;
}

export const paths = {
  systems: '/api/v1/systems',
  apps: (system: string) => `/api/v1/systems/${system}/apps`,
  app: (system: string, app: string) => `/api/v1/systems/${system}/apps/${app}`,
};
