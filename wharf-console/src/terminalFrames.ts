/**
 * Kubernetes' exec channel framing (v5.channel.k8s.io), which the server speaks on both runtimes: each
 * binary message starts with its channel.
 */
export const Channel = { STDIN: 0, STDOUT: 1, STDERR: 2, STATUS: 3, RESIZE: 4, CLOSE: 255 } as const;

const encoder = new TextEncoder();

export function frame(channel: number, text: string): Uint8Array {
  const body = encoder.encode(text);
  const message = new Uint8Array(body.length + 1);
  message[0] = channel;
  message.set(body, 1);
  return message;
}

export function resize(columns: number, rows: number): Uint8Array {
  return frame(Channel.RESIZE, JSON.stringify({ Width: columns, Height: rows }));
}

/** The channel and the bytes of a message from the server. */
export function unframe(message: ArrayBuffer): { channel: number; data: Uint8Array } {
  const bytes = new Uint8Array(message);
  return { channel: bytes[0], data: bytes.subarray(1) };
}

/** How a session ended, from its status message: "exit code 3", or the reason the server gave. */
export function ending(status: string): string {
  try {
    const parsed = JSON.parse(status);
    if (parsed.status === 'Success') return 'exit code 0';
    const code = parsed.details?.causes?.find((c: { reason: string }) => c.reason === 'ExitCode')?.message;
    return code !== undefined ? `exit code ${code}` : (parsed.message ?? parsed.reason ?? 'ended');
  } catch {
    return 'ended';
  }
}

/**
 * The subprotocols a browser offers, which cannot send an Authorization header on a WebSocket: the
 * channel protocol and the token as Kubernetes' bearer subprotocol (never chosen back by the server).
 */
export function subprotocols(token: string): string[] {
  const base64url = btoa(token).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return ['v5.channel.k8s.io', `base64url.bearer.authorization.k8s.io.${base64url}`];
}
