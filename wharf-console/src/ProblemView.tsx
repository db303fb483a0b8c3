import { ApiError } from './api';

/** A refused request as the server explained it: title, detail and each field's error. */
export function ProblemView({ error }: { error: unknown }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return <p role="alert" className="problem">{String(error)}</p>;
  }
  const { status, title, detail, errors } = error.problem;
  return (
    <div role="alert" className="problem">
      <strong>{status} {title}</strong>
      {detail && <p>{detail}</p>}
      {errors && errors.length > 0 && (
        <ul>{errors.map((e) => <li key={e.field}><code>{e.field}</code>: {e.message}</li>)}</ul>
      )}
    </div>
  );
}
