import { useT } from '../i18n/strings';

/** A file a panel needs did not load: what went wrong, and Retry. */
export function LoadProblem({ q }: { q: { isError: boolean; error: Error | null; refetch: () => unknown } }) {
  const t = useT();
  if (!q.isError) return null;
  return (
    <p role="alert" className="load-problem">
      {t.loadFailed}: {q.error?.message}{' '}
      <button type="button" className="link" onClick={() => void q.refetch()}>
        {t.retry}
      </button>
    </p>
  );
}
