/**
 * Each language's words for the link problems (state/link-problems.ts). The parameter names
 * (map, sel, c…) and the quoted values stay as they are in the link. Typed: a new problem
 * code without words in both languages fails the typecheck.
 */
import type { Lang } from '../state/store';
import { YEAR_MAX, YEAR_MIN } from '../data/years';
import type { Expected, LinkProblem } from '../state/link-problems';

type Words = { [C in LinkProblem['code']]: (p: Extract<LinkProblem, { code: C }>) => string };

const EXPECTED_EN: Record<Expected, string> = {
  camera: 'zoom/lat/lon',
  layer: 'a layer',
  'focus-country': 'China or an ASEAN state',
  'country-code': 'a country code',
  economy: 'an economy code',
  status: 'a status',
  operator: 'an operator name',
  supplier: 'a supplier name',
  'node-kind': 'a node kind',
  year: `a year in ${YEAR_MIN}..${YEAR_MAX}`,
  'year-range': 'a year range such as 2020-2026, 2020- or -2015',
  'asset-id': 'an asset id',
  panel: 'a panel',
  lang: 'zh or en',
  choropleth: 'a choropleth',
  'cable-id': 'a cable id',
  'segment-id': 'a cable segment id (cable-…:s<n>)',
  place: 'China, an ASEAN state, HK, MO or TW',
  seed: 'a whole number in 0..4294967295',
  story: 'a story (paper)',
  step: 'a step number',
  'date-span': 'two real dates FROM,TO (YYYY-MM-DD, FROM first)',
  'corridor-id': 'a corridor id',
  date: 'a date YYYY-MM-DD',
};

const EXPECTED_ZH: Record<Expected, string> = {
  camera: '“缩放/纬度/经度”',
  layer: '图层名',
  'focus-country': '中国或东盟国家',
  'country-code': '国家代码',
  economy: '经济体代码',
  status: '状态',
  operator: '运营方名称',
  supplier: '供应商名称',
  'node-kind': '节点类型',
  year: `${YEAR_MIN}–${YEAR_MAX} 年之间的年份`,
  'year-range': '年份区间（如 2020-2026、2020- 或 -2015）',
  'asset-id': '设施编号',
  panel: '面板名',
  lang: 'zh 或 en',
  choropleth: '着色指标',
  'cable-id': '海缆编号',
  'segment-id': '海缆段编号（cable-…:s<n>）',
  place: '中国、东盟国家、香港、澳门或台湾',
  seed: '0–4294967295 之间的整数',
  story: '导览名称（paper）',
  step: '步骤编号',
  'date-span': '两个真实日期“起,止”（YYYY-MM-DD，起在前）',
  'corridor-id': '通道编号',
  date: '日期（YYYY-MM-DD）',
};

const DATA_EN: Record<Extract<LinkProblem, { code: 'not-in-data' }>['key'], (v: string) => string> = {
  op: (v) => `op: no asset has the operator “${v}”; filter removed`,
  sup: (v) => `sup: no cable was built by “${v}”; filter removed`,
  home: (v) => `home: no owner is from “${v}”; filter removed`,
  nk: (v) => `nk: no node is of the kind “${v}”; filter removed`,
  country: (v) => `country: the atlas has no country “${v}”`,
  sel: (v) => `sel: no asset with id “${v}”`,
  cut: (v) => `cut: no cable “${v}” in the data; ignored`,
  seg: (v) => `seg: no cable segment “${v}” in the data; ignored`,
  corr: (v) => `corr: no corridor “${v}” in the data; ignored`,
  thru: (v) => `thru: no corridor “${v}” in the data; filter removed`,
  avoid: (v) => `avoid: no corridor “${v}” in the data; filter removed`,
};
const DATA_ZH: typeof DATA_EN = {
  op: (v) => `op：没有设施的运营方为“${v}”，已移除该筛选`,
  sup: (v) => `sup：没有海缆由“${v}”建造，已移除该筛选`,
  home: (v) => `home：没有所有者来自“${v}”，已移除该筛选`,
  nk: (v) => `nk：没有类型为“${v}”的节点，已移除该筛选`,
  country: (v) => `country：本地图集没有国家“${v}”`,
  sel: (v) => `sel：找不到编号为“${v}”的设施`,
  cut: (v) => `cut：数据中没有海缆“${v}”，已忽略`,
  seg: (v) => `seg：数据中没有海缆段“${v}”，已忽略`,
  corr: (v) => `corr：数据中没有通道“${v}”，已忽略`,
  thru: (v) => `thru：数据中没有通道“${v}”，已移除该筛选`,
  avoid: (v) => `avoid：数据中没有通道“${v}”，已移除该筛选`,
};

const AXIS_ZH = { zoom: '缩放级别', latitude: '纬度', pitch: '俯仰角' } as const;

const en: Words = {
  'hash-too-long': (p) => `link longer than ${p.max} characters: rest ignored`,
  'unknown-key': (p) => `unknown parameter "${p.key}"`,
  repeated: (p) => `${p.key}: given ${p.times} times; the last one is used`,
  'too-many': (p) => `${p.key}: more than ${p.max} values, rest ignored`,
  'bad-encoding': (p) => `${p.key}: bad percent-encoding "${p.value}"`,
  'too-long': (p) => `${p.key}: value of ${p.length} characters is too long (at most ${p.max})`,
  'out-of-range': (p) => `${p.key}: ${p.axis} ${p.value} is not in ${p.min}..${p.max}`,
  'not-a': (p) => `${p.key}: "${p.value}" is not ${EXPECTED_EN[p.expected]}`,
  'bad-day': (p) => `day: "${p.value}" is not a real date in ${p.min}..${p.max}`,
  'invisible-removed': (p) => `${p.key}: invisible characters removed`,
  'layers-empty': () => 'layers: empty; all layers shown',
  'asset-and-country': () => 'country: an asset is selected too; showing the asset',
  'day-wins': (p) => `asof: ${p.asof} differs from day ${p.day}; map and analysis both show ${p.day.slice(0, 4)}`,
  'thru-and-avoid': (p) => `thru, avoid: “${p.value}” is both crossed and avoided, which no cable can be; neither is applied`,
  'not-in-data': (p) => DATA_EN[p.key](p.value),
  'step-past-end': (p) => `step: ${p.step} is past the story's last step (${p.last}); showing step ${p.last}`,
  'step-without-story': () => 'step: no story named, ignored',
  more: (p) => `…and ${p.count} more`,
};

const zh: Words = {
  'hash-too-long': (p) => `链接超过 ${p.max} 个字符，其余部分已忽略`,
  'unknown-key': (p) => `未知参数“${p.key}”`,
  repeated: (p) => `${p.key}：出现了 ${p.times} 次，使用最后一个`,
  'too-many': (p) => `${p.key}：超过 ${p.max} 个值，其余已忽略`,
  'bad-encoding': (p) => `${p.key}：“${p.value}”的百分号编码有误`,
  'too-long': (p) => `${p.key}：值有 ${p.length} 个字符，过长（最多 ${p.max}）`,
  'out-of-range': (p) => `${p.key}：${AXIS_ZH[p.axis]} ${p.value} 不在 ${p.min}–${p.max} 之间`,
  'not-a': (p) => `${p.key}：“${p.value}”不是${EXPECTED_ZH[p.expected]}`,
  'bad-day': (p) => `day：“${p.value}”不是 ${p.min}–${p.max} 年间的真实日期`,
  'invisible-removed': (p) => `${p.key}：已删除不可见或双向控制字符`,
  'layers-empty': () => 'layers：为空，已显示全部图层',
  'asset-and-country': () => 'country：链接同时选中了设施，显示该设施',
  'day-wins': (p) => `asof：${p.asof} 与 day ${p.day} 不一致；地图和分析均按 ${p.day.slice(0, 4)} 年显示`,
  'thru-and-avoid': (p) => `thru、avoid：“${p.value}”同时被设为“经过”和“避开”，没有海缆能同时满足，两者均未应用`,
  'not-in-data': (p) => DATA_ZH[p.key](p.value),
  'step-past-end': (p) => `step：${p.step} 超出导览的最后一步（${p.last}），显示第 ${p.last} 步`,
  'step-without-story': () => 'step：未指定导览，已忽略',
  more: (p) => `……另有 ${p.count} 处`,
};

const WORDS: Record<Lang, Words> = { en, zh };

/** A link problem in a language. */
export function renderProblem(p: LinkProblem, lang: Lang): string {
  return (WORDS[lang][p.code] as (p: LinkProblem) => string)(p);
}
