// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishEn, publishZh } from '../i18n/publish';
import { STRINGS } from '../i18n/strings';
import { realData } from '../test/real-data';
import { renderFromLink, watchRequests } from '../test/render';
import { CorrectionLink } from './correction-link';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The report the link opens: its subject and body, decoded. */
const report = (href: string) => {
  const u = new URL(href);
  return { to: u.protocol + u.pathname, subject: u.searchParams.get('subject') ?? '', body: u.searchParams.get('body') ?? '' };
};

describe('Suggest a correction', () => {
  it.each([
    ['en', publishEn],
    ['zh', publishZh],
  ] as const)('%s: opens a report prefilled with the asset’s id, name, type and the view', async (lang, p) => {
    const { index } = await realData();
    const asset = index.byId.get('cable-sea-me-we-3')!.properties;
    renderFromLink(`#sel=cable-sea-me-we-3&lang=${lang}`, <CorrectionLink asset={asset} />);
    const link = screen.getByRole('link', { name: p.correction });
    // in a new tab of the reader's own tool; the build names no target here, so their mail program
    expect(link.getAttribute('target')).toBe('_blank');
    const r = report(link.getAttribute('href')!);
    expect(r.to).toBe('mailto:');
    expect(r.subject).toContain(asset.id);
    expect(r.subject).toContain(asset.name[lang]);
    expect(r.body).toContain(asset.id);
    expect(r.body).toContain(STRINGS[lang].type[asset.type]);
    // the view the reader was on, so whoever reads the report sees the same map
    expect(r.body).toContain(window.location.href);
    expect(screen.getByText(p.correctionHelp)).toBeTruthy();
  });

  it('sends nothing itself when used: the link only opens', async () => {
    const { index } = await realData();
    const asset = index.byId.get('cable-sea-me-we-3')!.properties;
    renderFromLink('#sel=cable-sea-me-we-3&lang=en', <CorrectionLink asset={asset} />);
    const requests = watchRequests();
    // the browser would open the mail program; here the click stops at the document
    document.addEventListener('click', (e) => e.preventDefault(), { once: true });
    await userEvent.setup().click(screen.getByRole('link', { name: 'Suggest a correction' }));
    expect(requests()).toEqual([]);
    expect(document.querySelectorAll('form')).toHaveLength(0);
    // and the link still names this asset after the view's address was refreshed on use
    expect(report(screen.getByRole('link').getAttribute('href')!).subject).toContain(asset.id);
  });
});
