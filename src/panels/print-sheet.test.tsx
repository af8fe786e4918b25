// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithData } from '../test/render';
import { initialView, useView } from '../state/store';
import { NO_WHAT_IF } from '../model/view';
import { PrintSheet } from './print-sheet';

afterEach(() => {
  cleanup();
  useView.setState(initialView());
});

describe('PrintSheet', () => {
  it('names the day, the scenario, the selection and keys the what-if and faults', async () => {
    useView.setState({
      lang: 'en',
      selection: { kind: 'asset', id: 'cable-apg' },
      whatIf: { ...NO_WHAT_IF, corridors: ['corridor-luzon-strait'] },
    });
    const { container } = renderWithData(<PrintSheet />);
    expect(container.querySelector('.print-sheet')).toBeNull(); // only while printing
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    await waitFor(() => expect(container.querySelector('.print-facts')?.textContent).toContain('Selected: Asia Pacific Gateway (APG)'));
    const facts = container.querySelector('.print-facts')!.textContent;
    expect(facts).toContain('Day shown: today');
    await waitFor(() => expect(container.querySelector('.print-facts')!.textContent).toContain('What-if: cut Luzon Strait'));
    expect(facts).toContain('No filters');
    await waitFor(() => expect(screen.getByText('Cut off: no independent route to outside the region left')).toBeTruthy());
    expect(screen.getByText('Cable fault (reported location)')).toBeTruthy();
    expect(container.querySelector('.print-foot')!.textContent).toMatch(/Cite as: China–ASEAN Digital Infrastructure Atlas contributors/);
  });

  it('speaks Chinese and keys the choropleth', async () => {
    useView.setState({ lang: 'zh', choropleth: '5g-launch-year' });
    const { container } = renderWithData(<PrintSheet />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    await waitFor(() => expect(screen.getByText('无数据')).toBeTruthy());
    expect(container.querySelector('.print-facts')!.textContent).toContain('显示日期：今天');
    expect(container.querySelector('.print-foot')!.textContent).toContain('[EB/OL]');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(container.querySelector('.print-sheet')).toBeNull();
  });
});
