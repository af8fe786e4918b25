// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FaultLogLink } from './fault-log-link';
import { useView } from '../state/store';
import { diskFetch } from '../test/real-data';
import { renderFromLink } from '../test/render';

afterEach(cleanup);

/** Renders the overview's fault-log link from a link, recording the data files asked for. */
function open(hash: string) {
  const asked: string[] = [];
  renderFromLink(hash, <FaultLogLink />, (url) => {
    asked.push(url.split('/').pop()!);
    return diskFetch(url);
  });
  return asked;
}

describe('the fault log and corridors wait for the first view unless the view asks about them', () => {
  it('the default view: not fetched until the first view is done, then fetched and shown', async () => {
    const asked = open('#lang=en');
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).not.toContain('faults.json');
    expect(screen.queryByRole('button')).toBeNull();
    act(() => useView.getState().markFirstViewDone());
    expect(await screen.findByRole('button', { name: /fault/i })).toBeTruthy();
    expect(asked).toContain('faults.json');
  });

  it.each(['#lang=en&day=2023-02-21', '#lang=en&panel=resilience', '#lang=en&country=VN', '#lang=en&cut=cable-apg', '#lang=en&cmp=VN,SG'])(
    '%s asks about faults: fetched at once',
    async (hash) => {
      const asked = open(hash);
      await waitFor(() => expect(asked).toContain('faults.json'));
      expect(useView.getState().firstViewDone).toBe(false);
    },
  );
});
