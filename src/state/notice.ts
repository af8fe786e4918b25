import type { LinkProblem } from './link-problems';
import { useView } from './store';

/** Adds problems to the link notice, each once. */
export function addNotice(problems: readonly LinkProblem[]): void {
  const s = useView.getState();
  const now = s.notice ?? [];
  const seen = new Set(now.map((p) => JSON.stringify(p)));
  const add = problems.filter((p) => !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p)));
  if (add.length) s.setNotice([...now, ...add]);
}
