// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderFromLink } from '../test/render';
import { useView } from '../state/store';
import { ShareControls } from './share-controls';

afterEach(cleanup);

/** The header's share buttons; on a phone they fold behind "More" (the CSS hides the list
 * until the button is expanded; jsdom has no layout, so this checks the disclosure itself). */
describe('the header’s More button', () => {
  it.each([
    ['en', 'More', 'Copy link'],
    ['zh', '更多', '复制链接'],
  ] as const)('%s: opens and closes by keyboard, keeps the buttons it controls reachable', async (lang, more, copy) => {
    const user = userEvent.setup();
    renderFromLink(`#lang=${lang}`, <ShareControls />);
    const toggle = screen.getByRole('button', { name: new RegExp(more) });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(list).getByRole('button', { name: copy })).toBeTruthy();
    expect(within(list).getAllByRole('button')).toHaveLength(4);

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.closest('.share')!.hasAttribute('data-open')).toBe(true);
    // Tab goes on into the buttons it opened
    await user.tab();
    expect(document.activeElement).toBe(within(list).getByRole('button', { name: copy }));
    // Escape closes it and puts focus back on More, and does not reach the page's own Escape
    let reachedPage = false;
    const onPage = () => (reachedPage = true);
    document.addEventListener('keydown', onPage);
    await user.keyboard('{Escape}');
    document.removeEventListener('keydown', onPage);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(reachedPage).toBe(false);
  });

  it('closes when one of its buttons is used or the reader taps elsewhere', async () => {
    const user = userEvent.setup();
    renderFromLink(
      '#lang=en&panel=list',
      <>
        <ShareControls />
        <p>elsewhere</p>
      </>,
    );
    const toggle = screen.getByRole('button', { name: /More/ });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(useView.getState().panel).toBe('overview'); // the button did its job too
    await user.click(toggle);
    fireEvent.pointerDown(screen.getByText('elsewhere'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
