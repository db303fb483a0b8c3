import { describe, expect, it } from 'vitest';
import { Channel, ending, frame, resize, subprotocols, unframe } from './terminalFrames';

describe('the terminal framing', () => {
  it('puts the channel first and the text as UTF-8 after it', () => {
    expect(Array.from(frame(Channel.STDIN, 'ls\n'))).toEqual([0, 108, 115, 10]);
    expect(new TextDecoder().decode(resize(100, 30).subarray(1))).toBe('{"Width":100,"Height":30}');
    expect(resize(100, 30)[0]).toBe(4);
    const { channel, data } = unframe(new Uint8Array([1, 104, 105]).buffer);
    expect(channel).toBe(1);
    expect(new TextDecoder().decode(data)).toBe('hi');
  });

  it('says how a session ended from its Kubernetes status', () => {
    expect(ending('{"status":"Success"}')).toBe('exit code 0');
    expect(ending('{"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}'))
      .toBe('exit code 3');
    expect(ending('{"status":"Failure","reason":"Timeout","message":"no input or output for 10m"}'))
      .toBe('no input or output for 10m');
  });

  it('offers the token as the bearer subprotocol in unpadded base64url', () => {
    expect(subprotocols('wharf_a?b>')).toEqual(['v5.channel.k8s.io', 'base64url.bearer.authorization.k8s.io.d2hhcmZfYT9iPg']);
  });
});
