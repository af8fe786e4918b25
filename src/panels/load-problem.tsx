import { formatProblem, type Problem } from '../data/checks';
import { useT } from '../i18n/strings';

const MAX_LISTED = 20;
const clip = (s: string) => ([...s].length > 200 ? `${[...s].slice(0, 199).join('')}…` : s);

const skippedOf = (data: unknown): readonly Problem[] =>
  typeof data === 'object' && data !== null && 'skipped' in data && Array.isArray(data.skipped) ? (data.skipped as Problem[]) : [];

/** A file a panel needs did not load (what went wrong, and Retry), or loaded with records
 * left out (which, and why). */
export function LoadProblem({ q }: { q: { isError: boolean; error: Error | null; refetch: () => unknown; data?: unknown } }) {
  const t = useT();
  const skipped = skippedOf(q.data);
  if (q.isError)
    return (
      <p role="alert" className="load-problem">
        {t.loadFailed}: {q.error?.message}{' '}
        <button type="button" className="link" onClick={() => void q.refetch()}>
          {t.retry}
        </button>
      </p>
    );
  if (!skipped.length) return null;
  return (
    <details className="legend-warn load-skipped">
      <summary>{t.skippedIn(skipped[0]!.file, skipped.length)}</summary>
      <ul>
        {skipped.slice(0, MAX_LISTED).map((p, i) => (
          <li key={i}>{clip(formatProblem(p))}</li>
        ))}
        {skipped.length > MAX_LISTED && <li>{t.andMore(skipped.length - MAX_LISTED)}</li>}
      </ul>
    </details>
  );
}
