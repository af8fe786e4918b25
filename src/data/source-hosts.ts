/**
 * Sources the atlas does not cite: development and test copies of a publisher's site (a
 * `dev.`, `qa.` or `staging.` host, a preview deployment), which can change or vanish and are
 * not what the publisher put out, and AI-written encyclopaedias, which are not a source of
 * facts. The validator fails on either (validate.ts, sourceHostProblems), so CI catches them;
 * the publisher's own page, or a primary or reputable secondary source, is cited instead.
 * (Scraped reposts cannot be told apart by their address; the research batches check those.)
 */

/** A host label that marks a development or test copy (alfi.dev.example.com, qa.example.com). */
const TEST_LABEL = /^(dev|qa|test|testing|staging|stage|uat|preview|sandbox)\d*$/;
/** Hosting services for previews and personal deployments (project.pages.dev…). */
const PREVIEW_SUFFIXES = ['.pages.dev', '.vercel.app', '.netlify.app', '.herokuapp.com'];
/** Encyclopaedias written by a language model. */
const AI_ENCYCLOPAEDIAS = ['grokipedia.com'];

/**
 * Citations of an AI-written encyclopaedia that stay because research found no other source
 * for the fact they carry (round 10, 2026-12-07: 14 of 22 were replaced or dropped). Each is
 * marked kind "aggregator" with "AI-written" in its title, so the panel says what it is. The
 * list may only shrink: a new one fails the validator, and the shipped-data test fails when
 * an entry here is no longer cited (remove it then).
 */
export const STILL_CITED: ReadonlyArray<{ id: string; url: string; fact: string }> = [
  {
    id: 'cable-ncp',
    url: 'https://grokipedia.com/page/new_cross_pacific_cable_system',
    fact: 'service from February 2018, full readiness January 2019',
  },
  { id: 'cable-tis', url: 'https://grokipedia.com/page/tis_cable_system', fact: 'ready for service on 2 December 2003' },
  { id: 'lp-changi', url: 'https://grokipedia.com/page/tis_cable_system', fact: 'TIS lands at Changi' },
  { id: 'lp-nasugbu', url: 'https://grokipedia.com/page/sjc_cable_system', fact: 'SJC lands at Nasugbu' },
  { id: 'lp-songkhla', url: 'https://grokipedia.com/page/sjc_cable_system', fact: 'SJC lands at Songkhla' },
  { id: 'lp-telisai', url: 'https://grokipedia.com/page/sjc_cable_system', fact: 'SJC lands at Telisai (the station itself)' },
  { id: 'lp-tuas', url: 'https://grokipedia.com/page/sjc_cable_system', fact: 'SJC lands at Tuas' },
];
const stillCited = new Set(STILL_CITED.map((c) => `${c.id} ${c.url}`));

/** Why a source is not citable in a record, or null (an AI-written citation on STILL_CITED stays). */
export function unciteableSource(id: string | undefined, url: string): string | null {
  if (id !== undefined && stillCited.has(`${id} ${url}`)) return null;
  return unciteableHost(url);
}

/** Why a source's address is not citable, or null when nothing is known against it. */
export function unciteableHost(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null; // the schema reports a malformed address
  }
  const bare = host.replace(/^www\./, '');
  if (AI_ENCYCLOPAEDIAS.some((h) => bare === h || bare.endsWith(`.${h}`))) return `${host} is an AI-written encyclopaedia`;
  if (PREVIEW_SUFFIXES.some((s) => host.endsWith(s))) return `${host} is a preview deployment, not the publisher's site`;
  // every label but the last two (the registered name and its suffix, e.g. theedgesingapore.com)
  const labels = host.split('.');
  if (labels.slice(0, -2).some((l) => TEST_LABEL.test(l))) return `${host} is a development or test host`;
  return null;
}

/** Every source address in a JSON value, with the id of the record it belongs to. */
export function sourceUrls(json: unknown): Array<{ id: string | undefined; url: string }> {
  const out: Array<{ id: string | undefined; url: string }> = [];
  const walk = (v: unknown, id: string | undefined): void => {
    if (Array.isArray(v)) for (const x of v) walk(x, id);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const props = o.properties as Record<string, unknown> | undefined;
      const own = typeof o.id === 'string' ? o.id : typeof props?.id === 'string' ? props.id : id;
      if (typeof o.url === 'string' && typeof o.title === 'string') out.push({ id: own, url: o.url });
      for (const x of Object.values(o)) walk(x, own);
    }
  };
  walk(json, undefined);
  return out;
}
