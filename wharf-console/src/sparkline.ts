/** An SVG path through {@code values} (nulls are gaps), scaled to a box of {@code width} × {@code height}, zero at the bottom. */
export function sparkline(values: (number | null)[], width: number, height: number): string {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  let path = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (max === 0 ? height : height - (v / max) * height).toFixed(1);
    path += `${drawing ? 'L' : 'M'}${x},${y}`;
    drawing = true;
  });
  return path;
}
