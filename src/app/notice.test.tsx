// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addNotice } from '../state/notice';
import { initialView, useView } from '../state/store';
import { Notice, NOTICE_SHOWN } from './notice';

afterEach(() => {
  cleanup();
  useView.getState().replace({ ...initialView(), lang: 'en' });
});

const unknownCables = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ code: 'not-in-data' as const, key: 'cut' as const, value: `cable-x${i}` }));

describe('the link notice', () => {
  it('lists a few problems in full', () => {
    useView.getState().replace({ ...initialView(), lang: 'en' });
    addNotice(unknownCables(2));
    render(<Notice />);
    const box = screen.getByRole('status');
    expect(within(box).getAllByRole('listitem')).toHaveLength(2);
    expect(box.textContent).toContain('no cable “cable-x1” in the data');
  });

  it('folds a long list away so the map keeps the screen, and still names every value when opened', async () => {
    useView.getState().replace({ ...initialView(), lang: 'zh' });
    addNotice(unknownCables(50));
    render(<Notice />);
    const box = screen.getByRole('status');
    const more = within(box).getByText('……另有 44 处');
    const details = more.closest('details')!;
    expect(details.open).toBe(false);
    // the visible list stops at NOTICE_SHOWN
    const visible = within(box)
      .getAllByRole('listitem')
      .filter((li) => !li.closest('details'));
    expect(visible).toHaveLength(NOTICE_SHOWN);
    await userEvent.click(more);
    expect(details.open).toBe(true);
    expect(box.textContent).toContain('cable-x49');
    // dismissing clears it
    await userEvent.click(within(box).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
