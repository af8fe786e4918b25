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
  keyLandOther: 'Cream land: their neighbours',
  viewAddress: 'This view',
  citeAs: 'Cite as',
  mapImage: 'Map image',
  mapImageTitle: 'Download this view as a PNG image, with its keys',
  selected: (name: string) => `Selected: ${name}`,
  noData: 'no data',
  changesTab: 'Changes',
  changesTitle: 'What changed between two dates',
  changesHelp:
    'Choose two dates. Listed: what entered service, was retired or entered the record between them, by each record’s dated life (a record dated only by its year counts from that year’s first day). Landing points follow their cables.',
  changesFrom: 'From',
  changesTo: 'To',
  changesAdded: (n: number) => `Entered service (${n})`,
  changesRetired: (n: number) => `Retired (${n})`,
  changesBegun: (n: number) =>
    `Entered the record: announced, planned, being built, or in service from a date no source gives (${n}; not drawn)`,
  changesCancelled: 'Cancelled: the data records no cancelled status, so none is listed.',
  changesKeyTitle: (from: string, to: string) => `Changes ${from} → ${to}`,
  changesKeyAdded: 'Entered service: green band or ring',
  changesKeyRetired: 'Retired: purple dotted line or ring',
  changesCsv: 'Download the list (CSV)',
  changesClear: 'Clear the comparison',
  changesBadRange: 'The first date must come before the second.',
  changesNone: 'None',
  correction: 'Suggest a correction',
  correctionHelp: '(opens a prefilled report in your own mail or issue tracker; the atlas sends nothing)',
  feed: 'Follow changes to the data (Atom feed)',
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
  keyLandOther: '米色陆地：周边国家',
  viewAddress: '本视图',
  citeAs: '引用',
  mapImage: '地图图片',
  mapImageTitle: '将本视图连同图例下载为 PNG 图片',
  selected: (name) => `已选：${name}`,
  noData: '无数据',
  changesTab: '变化',
  changesTitle: '两个日期之间的变化',
  changesHelp:
    '选择两个日期。按各记录有日期的生命周期，列出其间投入使用、退役或进入记录的设施（只有年份的记录按该年第一天计）。登陆站随其海缆，不单列。',
  changesFrom: '起',
  changesTo: '止',
  changesAdded: (n) => `投入使用（${n}）`,
  changesRetired: (n) => `退役（${n}）`,
  changesBegun: (n) => `进入记录：已宣布、规划、在建，或已投入使用但无来源给出日期（${n}，不在地图上标出）`,
  changesCancelled: '取消：数据中没有“取消”状态，因此不列出。',
  changesKeyTitle: (from, to) => `变化 ${from} → ${to}`,
  changesKeyAdded: '投入使用：绿色宽带或圆环',
  changesKeyRetired: '退役：紫色点线或圆环',
  changesCsv: '下载列表（CSV）',
  changesClear: '清除比较',
  changesBadRange: '第一个日期须早于第二个日期。',
  changesNone: '无',
  correction: '提出更正',
  correctionHelp: '（在您自己的邮件或问题跟踪工具中打开预填的报告；地图集本身不发送任何内容）',
  feed: '订阅数据变化（Atom 源）',
  storyTab: '导览',
  storyTabTitle: '在地图上分十步讲述论文的论证',
};

/** The publishing strings in the current language. */
export const usePT = (): PublishStrings => (useView((s) => s.lang) === 'zh' ? publishZh : publishEn);
