// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compareNetwork } from '../analysis/network/analyse-network';
import { exposureDataOf } from '../derive/derive';
import { localToday } from '../model/time';
import { renderFromLink } from '../test/render';
import { realData } from '../test/real-data';
import { ExposureSection } from './exposure-section';

afterEach(cleanup);

const text = (root: HTMLElement, sel: string) => root.querySelector(sel)?.textContent ?? '';
const n = (s: string) => Number(/(\d+)/.exec(s)![1]);

describe('the exposure section, from links (the route model answered by the in-thread worker stand-in)', () => {
  it('#country=VN&corr=corridor-luzon-strait: routes before and after, SPOFs, latency to the hubs, the counts below', async () => {
    const { container, ignored } = renderFromLink('#country=VN&corr=corridor-luzon-strait', <ExposureSection code="VN" />);
    expect(ignored).toEqual([]);
    await waitFor(() => expect(container.querySelector('[data-figure="routes-outside"]')).toBeTruthy(), { timeout: 30_000 });
    const { index, faults, corridors } = await realData();
    const want = compareNetwork(exposureDataOf(index, faults, corridors)!, { day: localToday(), corridors: ['corridor-luzon-strait'] });
    const b = want.before.countries.find((c) => c.code === 'VN')!;
    const a = want.after.countries.find((c) => c.code === 'VN')!;
    expect(n(text(container, '[data-figure="routes-outside"]'))).toBe(a.outside.routes);
    expect(text(container, '[data-figure="routes-outside-before"]')).toContain(String(b.outside.routes));
    expect(n(text(container, '[data-figure="routes-china"]'))).toBe(a.china!.routes);
    expect(n(text(container, '[data-figure="routes-singapore"]'))).toBe(a.singapore!.routes);
    expect(container.querySelectorAll('[data-route]').length).toBe(a.outside.paths.length);
    expect(container.querySelectorAll('[data-figure="spofs"] li').length).toBe(a.spofs.length);
    for (const hub of ['SG', 'HK']) {
      const l = a.latency.find((x) => x.to === hub)!;
      const li = text(container, `[data-latency="${hub}"]`);
      expect(li).toContain(l.rttMs === null ? 'no surviving route' : `${l.rttMs.toFixed(1)} ms`);
      expect(li).toContain(`great circle ${l.gcRttMs.toFixed(1)} ms`);
    }
    // the counts stay, below, as context
    expect(container.querySelector('[data-figure="systems"]')).toBeTruthy();
    expect(container.textContent).toContain('Counts of systems (context)');
  }, 60_000);

  it('#country=ID&day=2021-04-30: the SMPCS break Telkom reported (a third of Papua’s traffic) shows as a domestic cable impaired, apart from the international systems', async () => {
    const { container, ignored } = renderFromLink('#country=ID&day=2021-04-30&lang=en', <ExposureSection code="ID" />);
    expect(ignored).toEqual([]);
    await waitFor(() => expect(container.querySelector('[data-figure="domestic-impaired"]')).toBeTruthy(), { timeout: 30_000 });
    const dd = container.querySelector('[data-figure="domestic-impaired"]')!.closest('dd')!;
    expect(dd.previousElementSibling!.textContent).toBe('Domestic cables impaired that day');
    expect(dd.textContent).toContain('Sulawesi Maluku Papua Cable System (SMPCS)');
    // not counted among the international systems
    const systems = container.querySelector('[data-figure="systems"]')!.closest('dd')!;
    expect(systems.textContent).not.toContain('SMPCS');
  }, 60_000);

  it('#country=VN&day=2023-02-21: no domestic cable was cut, so no domestic figure is shown', async () => {
    const { container } = renderFromLink('#country=VN&day=2023-02-21&lang=en', <ExposureSection code="VN" />);
    await waitFor(() => expect(container.querySelector('[data-figure="impaired"]')).toBeTruthy(), { timeout: 30_000 });
    expect(n(text(container, '[data-figure="impaired"]'))).toBe(5);
    expect(container.querySelector('[data-figure="domestic-impaired"]')).toBeNull();
  }, 60_000);

  it('#country=LA&lang=zh: in Chinese, with the national network assumption stated off when the link says so', async () => {
    const { container } = renderFromLink('#country=LA&lang=zh&nn=LA', <ExposureSection code="LA" />);
    await waitFor(() => expect(container.querySelector('[data-figure="routes-outside"]')).toBeTruthy(), { timeout: 30_000 });
    expect(container.textContent).toContain('连接方式（路由模型）');
    expect(container.textContent).toContain('本国未假定国内网络');
    expect(text(container, '[data-figure="routes-outside"]')).toMatch(/\d+ 条独立路由/);
  }, 60_000);
});
