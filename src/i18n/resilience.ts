/**
 * Interface text for dependence and resilience (exposure, what-if, faults), both languages.
 * Its own file so the shared en.ts / zh.ts stay small; zh is typed against en.
 */
import type { FaultEndBasis } from '../analysis/exposure';
import { useView } from '../state/store';

export const resilienceEn = {
  tab: 'Resilience',
  title: 'Dependence and resilience',
  exposure: 'How exposed',
  asOfDay: (day: string) => `As of ${day}`,
  systems: 'International submarine systems in service',
  systemsHelp:
    'Cable systems that land here and in at least one other country or territory, in service on this day. A count of systems is a proxy: the capacity each carries, and how much traffic uses it, are not public.',
  chinaMainland: 'China: mainland landings only. Hong Kong and Macau are counted as places of their own.',
  impaired: 'Impaired that day by a logged fault',
  impairedHelp:
    'Faults in the fault log that had begun and not been repaired on this day. A fault with no sourced repair date counts until its last dated report of impairment, and with no such report only in the month it began: how long it really lasted is not known.',
  stations: 'Landing stations (sites)',
  stationsHelp:
    'Stations of those systems in this country that the sources name. Some systems’ stations are not named and are not counted, so this can be lower than the real number.',
  landLinks: 'Land-fibre links to neighbours',
  landLinksHelp: 'Cross-border terrestrial fibre entries in service that include this country and another.',
  owners: 'Owners (operators, as sources name them)',
  ownersHelp: 'Names as the sources give them; the filter “Owners’ home economy” groups them by where each firm is based.',
  suppliers: 'Suppliers (as given)',
  oneCable: 'One-cable dependencies',
  oneCableHelp: (pct: number) => `Systems whose loss alone would take away more than ${pct} % of this country’s systems.`,
  oneStation: 'One-station dependencies',
  oneStationHelp: (pct: number) => `Named stations whose loss would take away more than ${pct} % of this country’s systems.`,
  none: 'None',
  noneLandlocked: 'None (no submarine system lands here)',
  share: (pct: number) => `${pct} % of systems`,
  whatIf: 'What if',
  whatIfHelp:
    'Cut cables (the “Cut” button on a cable’s panel) or a corridor below, and see what each country keeps. A corridor cuts every cable whose drawn route passes through it; routes and corridors are schematic. A cut system counts as lost whole, though the segments on either side of a real break often keep working, so this shows the worst case.',
  corridors: 'Corridors',
  cutCables: 'Cables cut',
  uncut: 'Restore',
  cut: 'Cut this cable (what if)',
  cutOn: 'Cut in the what-if scenario: restore',
  clear: 'Clear the scenario',
  remaining: 'Left after the cut',
  leftNone: 'left with none',
  leftOne: 'left with one',
  flagged: (n: number) => `${n} ${n === 1 ? 'country' : 'countries'} left with none or one international system`,
  scenarioDay: (day: string) => `Scenario day: ${day}`,
  table: 'All twelve states',
  sortBy: (col: string) => `Sort by ${col}`,
  country: 'Country',
  faults: 'Fault log',
  faultsHelp: (n: number) =>
    `${n} dated faults from public reports. Replaying one cuts the cables it hit, on the day it began. Cables named in reports but not in this atlas are listed as names.`,
  replay: 'Replay',
  repaired: (d: string | null) => (d ? `repaired ${d}` : 'no repair date in the sources'),
  /** How long the analysis counts a fault, and on what basis (faultEnd). */
  counted: (basis: FaultEndBasis, day: string) =>
    basis === 'repaired'
      ? `counted until ${day}`
      : basis === 'last-report'
        ? `counted until ${day}, its last dated report of impairment`
        : `counted in the month it began only (to ${day}): no later report found`,
  notInAtlas: 'not in this atlas',
  faultHistory: 'Fault history',
  openFaultLog: (n: number) => `Cable faults: ${n} dated faults, with what they cut (Resilience tab)`,
  noFaults: 'No fault of this cable is in the log. That is not proof it never failed.',
  compare: 'Side by side',
  compareHelp: 'Choose two countries; the comparison is in the link.',
  pick: 'Choose…',
  legendNone: 'No international system left',
  legendOne: 'One left',
  legendMore: 'Two or more',
  legendTitle: 'What-if: systems left',
  faultLegend: 'Cable fault (reported location)',
  impairedLegend: 'Cable impaired on the day analysed (or cut in the what-if)',
};
export type ResilienceStrings = typeof resilienceEn;

export const resilienceZh: ResilienceStrings = {
  tab: '韧性',
  title: '依赖与韧性',
  exposure: '暴露程度',
  asOfDay: (day) => `截至 ${day}`,
  systems: '在役国际海缆系统',
  systemsHelp: '在本国及至少一个其他国家或地区登陆、当日在役的海缆系统。系统数量只是替代指标：各系统承载的容量及其实际流量并未公开。',
  chinaMainland: '中国：仅计大陆登陆。香港、澳门单独计算。',
  impaired: '当日因记录在案的故障受损',
  impairedHelp:
    '故障记录中当日已发生且尚未修复的故障。来源未给出修复日期的故障计至最后一次有日期的受损报道；若无此类报道，只计入其发生的当月：实际持续多久并不知道。',
  stations: '登陆站（地点）',
  stationsHelp: '来源点名的、这些系统在本国的登陆站。部分系统的登陆站未被点名，未计入，因此可能低于实际数量。',
  landLinks: '通往邻国的陆地光缆',
  landLinksHelp: '当日在役、连接本国与他国的跨境陆地光缆条目。',
  owners: '所有者（按来源所列运营商名称）',
  ownersHelp: '名称按来源原样列出；筛选项“所有者母国经济体”按各公司总部所在地归类。',
  suppliers: '建设商（按来源原样）',
  oneCable: '单一海缆依赖',
  oneCableHelp: (pct) => `单独失去即会使本国失去超过 ${pct}% 国际海缆系统的系统。`,
  oneStation: '单一登陆站依赖',
  oneStationHelp: (pct) => `失去即会使本国失去超过 ${pct}% 国际海缆系统的已点名登陆站。`,
  none: '无',
  noneLandlocked: '无（无海缆系统在此登陆）',
  share: (pct) => `占系统的 ${pct}%`,
  whatIf: '假设情景',
  whatIfHelp:
    '切断海缆（海缆面板上的“切断”按钮）或下方的海峡通道，查看各国还剩什么。通道会切断绘制路由经过其中的所有海缆；路由与通道均为示意。被切断的系统按整体失去计算，而现实中断点两侧的区段往往仍可使用，因此这里显示的是最坏情况。',
  corridors: '通道',
  cutCables: '已切断的海缆',
  uncut: '恢复',
  cut: '切断此海缆（假设）',
  cutOn: '已在假设情景中切断：恢复',
  clear: '清除情景',
  remaining: '切断后剩余',
  leftNone: '一条不剩',
  leftOne: '仅剩一条',
  flagged: (n) => `${n} 个国家只剩一条或没有国际海缆系统`,
  scenarioDay: (day) => `情景日期：${day}`,
  table: '全部十二国',
  sortBy: (col) => `按${col}排序`,
  country: '国家',
  faults: '故障记录',
  faultsHelp: (n) => `${n} 起来自公开报道的有日期故障。重演一起故障会在其发生当日切断受影响的海缆。报道提到但本地图集没有的海缆仅列名称。`,
  replay: '重演',
  repaired: (d) => (d ? `${d} 修复` : '来源无修复日期'),
  counted: (basis, day) =>
    basis === 'repaired'
      ? `计至 ${day}`
      : basis === 'last-report'
        ? `计至 ${day}（最后一次有日期的受损报道）`
        : `仅计其发生当月（至 ${day}）：未见后续报道`,
  notInAtlas: '本地图集未收录',
  faultHistory: '故障记录',
  openFaultLog: (n) => `海缆故障：${n} 起有日期的故障及其影响（“韧性”标签）`,
  noFaults: '故障记录中没有此海缆的故障。这并不证明它从未发生故障。',
  compare: '并列比较',
  compareHelp: '选择两个国家；比较结果保存在链接中。',
  pick: '选择…',
  legendNone: '不剩国际系统',
  legendOne: '仅剩一条',
  legendMore: '两条或以上',
  legendTitle: '假设情景：剩余系统',
  faultLegend: '海缆故障（报道位置）',
  impairedLegend: '分析当日受损（或在假设情景中切断）的海缆',
};

/** The resilience strings in the current language. */
export const useRT = (): ResilienceStrings => (useView((s) => s.lang) === 'zh' ? resilienceZh : resilienceEn);
