/**
 * "Cite this view": the atlas, its version and its data release, the access date and the exact view URL, in
 * the three styles its readers use: GB/T 7714-2015 (Chinese researchers), APA 7 and
 * BibTeX. Pure: the caller passes the URL, the date and the language.
 */
import type { Lang } from '../model/view';
import { STRINGS } from '../i18n/strings';

export interface CiteInput {
  lang: Lang;
  /** The exact view (the page's URL with its #hash). */
  url: string;
  /** The access date, YYYY-MM-DD. */
  accessed: string;
  version: string;
  /** The dataset's release (geodata/release.json): version and date, e.g. "2.0.0, 2026-12-07". */
  data: { version: string; date: string };
}

const dataNote = (c: CiteInput): string =>
  c.lang === 'zh' ? `数据版本 ${c.data.version}，${c.data.date}` : `data release ${c.data.version}, ${c.data.date}`;

/** The title the page shows (one source for both, so a citation names what the reader saw). */
const TITLE = { zh: STRINGS.zh.title, en: STRINGS.en.title } as const;
const AUTHOR = { zh: `${STRINGS.zh.title}编者`, en: `${STRINGS.en.title} contributors` } as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** GB/T 7714-2015, electronic resource: 主要责任者. 题名[EB/OL]. 版本. [引用日期]. 获取和访问路径. */
export function gbt7714(c: CiteInput): string {
  const version = c.lang === 'zh' ? `版本 ${c.version}（${dataNote(c)}）` : `Version ${c.version} (${dataNote(c)})`;
  return `${AUTHOR[c.lang]}. ${TITLE[c.lang]}[EB/OL]. ${version}. [${c.accessed}]. ${c.url}.`;
}

/** APA 7, a web-based dataset / interactive map with a retrieval date (the view changes). */
export function apa(c: CiteInput): string {
  const [y, m, d] = c.accessed.split('-').map(Number) as [number, number, number];
  if (c.lang === 'zh')
    return `${AUTHOR.zh}. (${y}). ${TITLE.zh}（版本 ${c.version}；${dataNote(c)}）[交互式地图]. 检索于 ${y}年${m}月${d}日, ${c.url}`;
  return `${AUTHOR.en}. (${y}). ${TITLE.en} (Version ${c.version}; ${dataNote(c)}) [Interactive map]. Retrieved ${MONTHS[m - 1]} ${d}, ${y}, from ${c.url}`;
}

/** BibTeX @misc with urldate (biblatex) and a note (plain BibTeX). Braces and
 * backslashes in the URL are escaped; % and # are kept inside \url{}. */
export function bibtex(c: CiteInput): string {
  const y = c.accessed.slice(0, 4);
  const url = c.url.replace(/[{}\\]/g, (ch) => `\\${ch}`);
  return [
    `@misc{china_asean_atlas_${y},`,
    `  author = {{${AUTHOR[c.lang]}}},`,
    `  title = {{${TITLE[c.lang]}}},`,
    `  year = {${y}},`,
    `  version = {${c.version}},`,
    `  howpublished = {\\url{${url}}},`,
    `  urldate = {${c.accessed}},`,
    `  note = {${c.lang === 'zh' ? '访问日期' : 'Accessed'} ${c.accessed}; ${dataNote(c)}}`,
    `}`,
  ].join('\n');
}
