/**
 * The Atom feed of the dataset's dated events, built with the site (vite.config.ts writes it to
 * dist/feed.xml): each system's entry into service and retirement, each logged fault, so
 * readers can follow the data without an account. Pure: data in, XML out.
 */

interface Text {
  zh: string;
  en: string;
}
interface FeedAsset {
  id: string;
  type: string;
  name: Text;
  events?: Array<{ kind: string; date: string; note?: Text }>;
}
interface FeedFault {
  id: string;
  start: string;
  cables: string[];
  description: Text;
}

export interface FeedInput {
  assets: readonly FeedAsset[];
  faults: readonly FeedFault[];
  /** The site's address (xml:base), e.g. https://example.org/atlas/; '' keeps links relative to the feed. */
  site: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A partial date (2016, 2016-11) as an Atom date-time: its first day, midnight UTC. */
export const atomDate = (d: string): string => {
  const [y, m = '01', day = '01'] = d.split('-');
  return `${y}-${m}-${day}T00:00:00Z`;
};

const KIND: Record<string, string> = { rfs: 'entered service', retired: 'retired' };

/** The feed's XML. Entries newest first; ids are tag URIs that never change for an event. */
export function buildFeed({ assets, faults, site }: FeedInput): string {
  const entries: Array<{ id: string; date: string; title: string; summary: string; link: string }> = [];
  for (const a of assets)
    for (const e of a.events ?? [])
      if (KIND[e.kind])
        entries.push({
          id: `tag:china-asean-atlas,2026:${a.id}/${e.kind}/${e.date}`,
          date: e.date,
          title: `${a.name.en} ${KIND[e.kind]} (${e.date}) · ${a.name.zh}`,
          summary: e.note?.en ?? `${a.name.en} ${KIND[e.kind]} on ${e.date}.`,
          link: `./#sel=${encodeURIComponent(a.id)}`,
        });
  for (const f of faults)
    entries.push({
      id: `tag:china-asean-atlas,2026:${f.id}`,
      date: f.start,
      title: `Cable fault logged (${f.start}) · 海缆故障`,
      summary: f.description.en,
      link: `./#panel=resilience&day=${atomDate(f.start).slice(0, 10)}${f.cables.length ? `&cut=${f.cables.map(encodeURIComponent).join(',')}` : ''}`,
    });
  entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const updated = entries.length ? atomDate(entries[0]!.date) : '2026-01-01T00:00:00Z';
  const base = site ? ` xml:base="${esc(site)}"` : '';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${base}>`,
    '  <title>China–ASEAN Digital Infrastructure Atlas: dated events · 中国—东盟数字基础设施地图集</title>',
    '  <subtitle>Systems entering service, retirements and cable faults in the atlas’s dataset (geodata/, CC BY 4.0)</subtitle>',
    '  <id>tag:china-asean-atlas,2026:feed</id>',
    `  <updated>${updated}</updated>`,
    '  <author><name>China–ASEAN Digital Infrastructure Atlas contributors</name></author>',
    '  <link rel="self" href="feed.xml"/>',
    '  <link rel="alternate" type="text/html" href="./"/>',
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${esc(e.id)}</id>`,
        `    <title>${esc(e.title)}</title>`,
        `    <updated>${atomDate(e.date)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${esc(e.link)}"/>`,
        `    <summary>${esc(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
