/** An app's phase, with a colour and the word (never colour alone). */
export function Phase({ phase }: { phase?: string }) {
  const shown = phase ?? 'Unknown';
  return <span className={`phase phase-${shown.toLowerCase()}`}>{shown}</span>;
}
