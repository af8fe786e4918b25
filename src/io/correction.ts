/**
 * "Suggest a correction": a link that opens a prefilled report in the reader's own tool (an
 * issue form or their mail program). The atlas sends nothing itself. The target is set when
 * the site is built (VITE_CORRECTIONS_URL: a GitHub or GitLab "new issue" address, or a
 * mailto: address); without it the link opens the reader's mail program with an empty To.
 */
import type { Lang } from '../model/view';

export interface CorrectionInput {
  /** The report's target: an issue form's address (…/issues/new) or mailto:[address]. */
  target: string;
  id: string;
  name: string;
  type: string;
  /** The address of the view the reader was on. */
  url: string;
  lang: Lang;
}

/** The default target when the build names none: the reader's mail program. */
export const DEFAULT_CORRECTIONS_TARGET = 'mailto:';

/** The prefilled report's link. */
export function correctionLink(c: CorrectionInput): string {
  const title = c.lang === 'zh' ? `更正：${c.name}（${c.id}）` : `Correction: ${c.name} (${c.id})`;
  const body =
    c.lang === 'zh'
      ? `设施：${c.name}\nID：${c.id}\n类型：${c.type}\n视图：${c.url}\n\n哪里有误：\n\n正确的信息及其来源（链接或出处）：\n`
      : `Asset: ${c.name}\nId: ${c.id}\nType: ${c.type}\nView: ${c.url}\n\nWhat is wrong:\n\nWhat is right, and its source (a link or reference):\n`;
  const q = (k: string, v: string) => `${k}=${encodeURIComponent(v)}`;
  if (c.target.startsWith('mailto:')) return `${c.target}?${q('subject', title)}&${q('body', body)}`;
  return `${c.target}${c.target.includes('?') ? '&' : '?'}${q('title', title)}&${q('body', body)}`;
}
