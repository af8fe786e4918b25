/**
 * Interface text for publishing a view (print, image, the keys of what is drawn), the story,
 * the comparison of two dates and the feed/correction links, both languages. Its own file so
 * the shared en.ts / zh.ts stay small; zh is typed against en.
 */
import { useView } from '../state/store';

export const publishEn = {
  dayToday: (d: string) => `Day shown: today, ${d}`,
  dayAsOf: (y: number, d: string) => `Day shown: end of ${y} (${d})`,
  dayReplay: (d: string) => `Day shown: ${d} (fault replay)`,
  scenario: 'What-if',
  scenarioCut: (names: string) => `cut ${names}`,
  scenarioNone: 'No what-if scenario',
  keyDashed: 'Dashed: under construction or planned',
  keyRetired: 'Grey: retired',
  keyLandFocus: 'White land: China and the ASEAN states',
  viewAddress: 'This view',
  citeAs: 'Cite as',
  mapImage: 'Map image',
  mapImageTitle: 'Download this view as a PNG image, with its keys',
  selected: (name: string) => `Selected: ${name}`,
  noData: 'no data',
  storyTab: 'Story',
  storyTabTitle: 'The paper’s argument in ten steps, on the map',
};
export type PublishStrings = typeof publishEn;

export const publishZh: PublishStrings = {
  dayToday: (d) => `显示日期：今天，${d}`,
  dayAsOf: (y, d) => `显示日期：${y} 年底（${d}）`,
  dayReplay: (d) => `显示日期：${d}（故障重演）`,
  scenario: '假设情景',
  scenarioCut: (names) => `切断 ${names}`,
  scenarioNone: '无假设情景',
  keyDashed: '虚线：在建或规划中',
  keyRetired: '灰色：已退役',
  keyLandFocus: '白色陆地：中国与东盟国家',
  viewAddress: '本视图',
  citeAs: '引用',
  mapImage: '地图图片',
  mapImageTitle: '将本视图连同图例下载为 PNG 图片',
  selected: (name) => `已选：${name}`,
  noData: '无数据',
  storyTab: '导览',
  storyTabTitle: '在地图上分十步讲述论文的论证',
};

/** The publishing strings in the current language. */
export const usePT = (): PublishStrings => (useView((s) => s.lang) === 'zh' ? publishZh : publishEn);
