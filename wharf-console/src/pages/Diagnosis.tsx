import { useEffect, useState } from 'react';
import { call } from '../api';

interface Finding {
  reason: string;
  message: string;
  evidence: string[];
  action: string;
}

/** Why the app is not ready, in the server's words: each finding with its evidence and what to do. */
export function Diagnosis({ base, phase }: { base: string; phase?: string }) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  useEffect(() => {
    call<{ findings: Finding[] }>('GET', `${base}/diagnosis`).then((d) => setFindings(d.findings), () => setFindings(null));
  }, [base, phase]);
  if (!findings || findings.length === 0) return null;
  return (
    <section aria-labelledby="diagnosis">
      <h2 id="diagnosis">Why it is not ready</h2>
      <ul className="findings">
        {findings.map((f) => (
          <li key={f.reason + f.message}>
            <strong>{f.reason}</strong>: {f.message}
            <ul>{f.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
            <p>What to do: {f.action}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
