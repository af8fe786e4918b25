// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderProblem } from '../i18n/link-problems';
import { initialView, useView } from '../state/store';
import { renderFromLink } from '../test/render';
import { scenarioNotInData, useScenarioCheck } from './resilience-tab';

afterEach(() => {
  cleanup();
  useView.getState().replace({ ...initialView(), lang: 'en' });
});

function Probe() {
  useScenarioCheck();
  return null;
}

describe('a link cutting cable segments the data does not have (issue 23)', () => {
  it('seg= naming a missing cable or a segment its cable lacks is reported in both languages and dropped; real segments stay', async () => {
    renderFromLink('#seg=cable-nowhere:s1,cable-aag:s9999,cable-aag:s0', <Probe />);
    await waitFor(() => expect(useView.getState().whatIf.segments).toEqual(['cable-aag:s0']), { timeout: 20_000 });
    const notice = useView.getState().notice ?? [];
    expect(notice.map((p) => renderProblem(p, 'en'))).toEqual([
      'seg: no cable segment “cable-nowhere:s1” in the data; ignored',
      'seg: no cable segment “cable-aag:s9999” in the data; ignored',
    ]);
    expect(renderProblem(notice[0]!, 'zh')).toBe('seg：数据中没有海缆段“cable-nowhere:s1”，已忽略');
  }, 30_000);

  it('keeps a segment while its cable’s segments are not yet known, and drops it once they are', () => {
    const cables = new Set(['cable-a']);
    const w = { cut: [], corridors: [], segments: ['cable-a:s3'] };
    expect(scenarioNotInData(w, cables, new Set(), () => undefined).problems).toEqual([]);
    const r = scenarioNotInData(w, cables, new Set(), () => ['cable-a:s0', 'cable-a:s1']);
    expect(r.problems).toEqual([{ code: 'not-in-data', key: 'seg', value: 'cable-a:s3' }]);
    expect(r.kept.segments).toEqual([]);
  });
});
