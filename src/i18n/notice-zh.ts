/**
 * The link-notice messages of url-codec.ts and url-state.ts are written in English in one
 * fixed grammar; this renders each in Chinese. The parameter names (map, sel, c…) and the
 * quoted values stay as they are in the link. A message it does not recognise (for example
 * one clipped to its 60 characters) is shown as it is.
 */
const WHAT: Record<string, string> = {
  'a layer': '图层名',
  'China or an ASEAN state': '中国或东盟国家',
  'a country code': '国家代码',
  'a status': '状态',
  'an operator name': '运营方名称',
  'a year in 1990..2035': '1990–2035 年之间的年份',
  'an asset id': '设施编号',
  'a panel': '面板名',
  'zh or en': 'zh 或 en',
  'a choropleth': '着色指标',
  'zoom/lat/lon': '“缩放/纬度/经度”',
};
const AXIS: Record<string, string> = { zoom: '缩放级别', latitude: '纬度', pitch: '俯仰角' };

const RULES: Array<[RegExp, (...m: string[]) => string | null]> = [
  [/^hash longer than (\d+) characters: rest ignored$/, (n) => `链接超过 ${n} 个字符，其余部分已忽略`],
  [/^unknown parameter "(.*)"$/s, (k) => `未知参数“${k}”`],
  [/^(\w+): repeated, earlier value ignored$/, (k) => `${k}：重复出现，已忽略前一个值`],
  [/^(\w+): more than (\d+) values, rest ignored$/, (k, n) => `${k}：超过 ${n} 个值，其余已忽略`],
  [/^(\w+): bad percent-encoding "(.*)"$/s, (k, v) => `${k}：“${v}”的百分号编码有误`],
  [/^(\w+): value of (\d+) characters is too long$/, (k, n) => `${k}：值有 ${n} 个字符，过长`],
  [/^map: (zoom|latitude|pitch) (.*) is not in (.*)$/s, (a, v, r) => `map：${AXIS[a]} ${v} 不在 ${r.replace('..', '–')} 之间`],
  [/^(\w+): "(.*)" is not (.+)$/s, (k, v, w) => (WHAT[w] ? `${k}：“${v}”不是${WHAT[w]}` : null)],
  [/^(\w+): invisible characters removed$/, (k) => `${k}：已删除不可见或双向控制字符`],
  [/^layers: empty; all layers shown$/, () => 'layers：为空，已显示全部图层'],
  [/^country: an asset is selected too; showing the asset$/, () => 'country：链接同时选中了设施，显示该设施'],
  [/^…and (\d+) more$/, (n) => `……另有 ${n} 处`],
];

export function noticeZh(msg: string): string {
  for (const [re, fmt] of RULES) {
    const m = re.exec(msg);
    if (m) return fmt(...m.slice(1)) ?? msg;
  }
  return msg;
}
