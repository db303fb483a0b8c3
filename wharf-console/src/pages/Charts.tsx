import { useEffect, useState } from 'react';
import { call } from '../api';
import { sparkline } from '../sparkline';

interface Point {
  time: string;
  requestRate: number;
  errorRate: number;
  latencyP95Seconds: number | null;
  cpuCores: number;
  memoryBytes: number;
}

const CHARTS: { title: string; unit: string; value: (p: Point) => number | null }[] = [
  { title: 'Requests', unit: '/s', value: (p) => p.requestRate },
  { title: 'Errors (5xx)', unit: '/s', value: (p) => p.errorRate },
  { title: 'Latency p95', unit: ' ms', value: (p) => (p.latencyP95Seconds === null ? null : p.latencyP95Seconds * 1000) },
  { title: 'CPU', unit: ' cores', value: (p) => p.cpuCores },
  { title: 'Memory', unit: ' MiB', value: (p) => p.memoryBytes / (1 << 20) },
];

/** The app's last 15 minutes in 15 s steps, read again every step; each chart says its latest value in words. */
export function Charts({ base }: { base: string }) {
  const [points, setPoints] = useState<Point[]>([]);
  useEffect(() => {
    const read = () => call<{ points: Point[] }>('GET', `${base}/metrics?window=15m&step=15s`)
      .then((s) => setPoints(s.points), () => {});
    read();
    const timer = setInterval(read, 15_000);
    return () => clearInterval(timer);
  }, [base]);
  return (
    <section aria-labelledby="charts">
      <h2 id="charts">Last 15 minutes</h2>
      <div className="charts">
        {CHARTS.map((c) => {
          const values = points.map(c.value);
          const last = values.length ? values[values.length - 1] : null;
          const text = last === null ? 'no data' : `${last.toFixed(last < 10 ? 2 : 0)}${c.unit}`;
          return (
            <figure key={c.title}>
              <figcaption>{c.title}: {text}</figcaption>
              <svg viewBox="0 0 200 40" width="200" height="40" role="img" aria-label={`${c.title}, now ${text}`}>
                <path d={sparkline(values, 200, 38)} fill="none" stroke="#12324a" strokeWidth="1.5" />
              </svg>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
