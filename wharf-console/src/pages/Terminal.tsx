import { useEffect, useRef, useState } from 'react';
import { Terminal as Xterm } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { session } from '../api';
import { Channel, ending, frame, resize, subprotocols, unframe } from '../terminalFrames';

/** A shell in one instance over the server's exec WebSocket, in xterm.js, sized to its box. */
export function Terminal({ base, instance, onClose }: { base: string; instance: string; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState('connecting');
  useEffect(() => {
    const xterm = new Xterm({ convertEol: false, cursorBlink: true, fontSize: 13 });
    const fit = new FitAddon();
    xterm.loadAddon(fit);
    xterm.open(box.current!);
    fit.fit();
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${window.location.host}${base}/instances/${instance}/exec`
      + '?command=sh&stdin=true&tty=true', subprotocols(session.token() ?? ''));
    socket.binaryType = 'arraybuffer';
    const decoder = new TextDecoder();
    socket.onopen = () => {
      setState('open');
      socket.send(resize(xterm.cols, xterm.rows));
      xterm.focus();
    };
    socket.onmessage = (m) => {
      const { channel, data } = unframe(m.data as ArrayBuffer);
      if (channel === Channel.STDOUT || channel === Channel.STDERR) xterm.write(data);
      if (channel === Channel.STATUS) setState(`ended: ${ending(decoder.decode(data))}`);
    };
    socket.onclose = () => setState((s) => (s.startsWith('ended') ? s : 'closed'));
    const input = xterm.onData((d) => socket.readyState === WebSocket.OPEN && socket.send(frame(Channel.STDIN, d)));
    const sized = xterm.onResize(({ cols, rows }) => socket.readyState === WebSocket.OPEN && socket.send(resize(cols, rows)));
    const refit = () => fit.fit();
    window.addEventListener('resize', refit);
    return () => {
      window.removeEventListener('resize', refit);
      input.dispose();
      sized.dispose();
      socket.close();
      xterm.dispose();
    };
  }, [base, instance]);
  return (
    <section aria-labelledby="terminal">
      <h2 id="terminal">Terminal in {instance} <small>({state})</small></h2>
      <div ref={box} className="terminal" data-testid="terminal" />
      <button type="button" onClick={onClose}>Close the terminal</button>
    </section>
  );
}
