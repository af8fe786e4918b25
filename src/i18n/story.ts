/**
 * The paper's story in words, both languages: each step's title, a short text that follows
 * or quotes the paper's section, and the figures from the data (src/derive/story-facts.ts,
 * and for the what-if steps the analysis of the step's own view). Step views: state/story.ts.
 */
import type { StoryFacts } from '../derive/story-facts';
import type { Lang } from '../model/view';
import type { StepId } from '../state/story';
import { useView } from '../state/store';
import { regionList, regionName } from './region';

/** Figures read from the step's own view (the analysis for its day and scenario). */
export interface StoryLive {
  /** Vietnam's international systems on the step's day, and how many a logged fault impaired. */
  vn?: { systems: number; impaired: number } | undefined;
  /** Cables drawn red (cut, or impaired on the day). */
  red?: number | undefined;
  /** Countries left with none / one international system (the count model, context). */
  none?: string[] | undefined;
  one?: string[] | undefined;
  /** The route model under the step's what-if: places cut off from outside the region, and
   * places left with fewer independent routes (before → after). */
  routes?: { cutOff: string[]; fewer: Array<{ code: string; before: number; after: number }> } | undefined;
}

const fewerList = (xs: ReadonlyArray<{ code: string; before: number; after: number }>, lang: Lang) =>
  xs.map((x) => `${regionName(x.code, lang)} ${x.before}→${x.after}`).join(lang === 'zh' ? '、' : ', ');

export interface StepText {
  title: string;
  /** The paper's words, followed (what the section says). */
  paper: string;
  /** What the data shows (figures from the atlas's records). */
  data: string;
  /** Points listed under the text (e.g. the policy milestones). */
  items?: string[];
}

const ASEAN_ORDER = ['SG', 'MY', 'ID', 'TH', 'PH', 'VN', 'BN', 'KH', 'LA', 'MM', 'TL'];

type StepWords = (f: StoryFacts, live: StoryLive, lang: Lang) => StepText;

const en: Record<StepId, StepWords> = {
  policy: (f, _l, lang) => ({
    title: 'Policy first (§1.1)',
    paper:
      'The paper opens with the agreements that framed the cooperation: from the 2017 joint statement on infrastructure connectivity to the 2024 MoU on communications and digital technology, with RCEP in force since 1 January 2022.',
    data: `The atlas’s timeline holds ${f.policy.length} of these milestones with their sources; the map highlights what the Information Harbour (launched September 2015) built.`,
    items: f.policy.map((e) => `${e.date}: ${e.title[lang]}`),
  }),
  harbour: (f) => ({
    title: 'The China–ASEAN Information Harbour (§1.2(2))',
    paper:
      'Launched in September 2015. By the end of 2023, the paper says, it had built 3 international submarine cables around ASEAN, 12 cross-border land cables and 4 communication nodes (among them the Nanning national backbone direct-connection point), and Lancang–Mekong cloud computing innovation centres in Laos, Cambodia and Myanmar.',
    data: `The paper gives counts, not names: the atlas highlights the nodes it names and the cloud centres in ${regionList(f.lancangMekong, 'en')}, and does not guess which cables are meant.`,
  }),
  '5g': (f) => ({
    title: '5G cooperation (§1.2(1))',
    paper:
      'In 2020 the China–ASEAN 5G Network Construction and Application Forum met in Nanning and Huawei Thailand invested THB 475 million in a 5G ecosystem innovation centre at depa; Huawei and ZTE have deployed 5G base stations in Malaysia and elsewhere; China Mobile signed MoUs with operators across the region.',
    data: `The data holds ${f.fiveG.records} 5G records in ${f.fiveG.countries} countries and territories; the first commercial launches came in ${f.fiveG.firstYear ?? '?'} (${regionList(f.fiveG.firstIn, 'en')}). Countries are shaded by their first launch year.`,
  }),
  land: (f) => ({
    title: 'Land cables (§1.2(2))',
    paper: 'The Information Harbour counts 12 cross-border land fibre-optic cables by the end of 2023, without naming them.',
    data: `The atlas draws the ${f.landFibre.total} cross-border land-fibre routes whose crossings public sources name (${f.landFibre.operational} in service); the routes are schematic. Counts given without names stay on the countries’ panels, not on the map.`,
  }),
  uneven: (f) => ({
    title: 'Uneven infrastructure (§3.1)',
    paper:
      'Singapore’s coverage is very high in cities and remote areas alike, while in Cambodia and Laos it is concentrated in cities; Singapore and Malaysia deploy 5G at scale and explore 6G while parts of the region still use 3G, and 2G in remote areas; Singapore has high-capacity data centres that others lack.',
    data: `Cloud regions and data-centre records by country: ${ASEAN_ORDER.map((c) => `${regionName(c, 'en')} ${f.cloud.byCountry[c] ?? 0}`).join(', ')}.`,
  }),
  divide: (f) => ({
    title: 'The digital divide (§3.2)',
    paper:
      'Singapore’s fintech shows what advanced use looks like; in Vietnam, Myanmar and Cambodia, the paper says, firms and the public have limited awareness and use of digital technology.',
    data: `Internet users, % of population: ${['SG', 'VN', 'KH', 'MM']
      .filter((c) => f.internet[c])
      .map((c) => `${regionName(c, 'en')} ${f.internet[c]!.value} (${f.internet[c]!.year})`)
      .join(', ')}. The map is shaded by this indicator.`,
  }),
  competition: (f) => ({
    title: 'Competition (§3.3)',
    paper:
      'China is not ASEAN’s only partner: US firms are strong in communications technology and data centres, Japanese firms in fibre networks and intelligent transport, and the EU works on digital rules and cross-border data flows.',
    data: `Of the ${f.cables.total} submarine systems drawn, ${f.cables.byRival.US} have a US owner, ${f.cables.byRival.JP} a Japanese one, ${f.cables.byRival.EU} an EU one and ${f.cables.byRival.CN} a Chinese one (a system often has several). Of ${f.cloud.regions} hyperscale cloud regions, ${f.cloud.byHome.CN ?? 0} are Chinese providers’ and ${f.cloud.byHome.US ?? 0} US providers’. The map shows the assets with US, Japanese, French or Italian owners.`,
  }),
  faults: (f, l) => ({
    title: 'Faults: Vietnam in early 2023 (the atlas’s data)',
    paper: 'The paper does not discuss cable faults; this step is the atlas’s own fault log, from public reports.',
    data: `The log holds ${f.faults.total} dated faults, ${f.faults.first ?? '?'}–${f.faults.last ?? '?'}. From November 2022 AAG, APG and AAE-1 failed; Intra Asia broke near Singapore on 28 January 2023 and SMW3 on 21 February, when reports said all five of Vietnam’s international cables were impaired. For that day the atlas counts ${l.vn ? `${l.vn.impaired} of Vietnam’s ${l.vn.systems} systems` : '…'} impaired${l.vn && l.vn.impaired >= 5 ? ', as the reports said' : ''}: a fault with no sourced repair date counts until its last dated report of impairment (else only in the month it began).`,
  }),
  corridor: (_f, l) => ({
    title: 'What a corridor cut would do (what-if)',
    paper: 'Not in the paper: a worst case the atlas computes from its own routes.',
    data: `Cutting the cable segments whose drawn route crosses the South China Sea corridor touches ${l.red ?? '…'} systems (red, dashed). By independent routes to outside the region (the route model, land links included): cut off: ${l.routes ? (l.routes.cutOff.length ? regionList(l.routes.cutOff, 'en') : 'none') : '…'}; fewer routes: ${l.routes ? (l.routes.fewer.length ? fewerList(l.routes.fewer, 'en') : 'none') : '…'}. Counting whole systems instead, as context: left with no international submarine system: ${l.none?.length ? regionList(l.none, 'en') : 'none'}; with one: ${l.one?.length ? regionList(l.one, 'en') : 'none'}. Routes and corridors are schematic.`,
  }),
  recommendations: () => ({
    title: 'Recommendations (§4)',
    paper:
      '§4.1 build political trust on existing mechanisms (BIMP-EAGA, the Belt and Road, Lancang–Mekong Cooperation, RCEP, the China–ASEAN FTA and investment summit); §4.2 invest: a venture platform, special loans, digital-infrastructure bonds, leasing, and ASEAN tax incentives and funds; §4.3 deepen RCEP cooperation: joint R&D centres (AI, big data, blockchain), lower digital-trade barriers, talent programmes.',
    data: 'The data cannot test these proposals; it shows where the gaps the paper names lie. Leave the story to explore it yourself.',
  }),
};

const zh: Record<StepId, StepWords> = {
  policy: (f, _l, lang) => ({
    title: '政策沟通（§1.1）',
    paper:
      '论文从框定合作的协议谈起：从 2017 年关于深化基础设施互联互通合作的联合声明，到 2024 年关于通信和数字技术合作的谅解备忘录；RCEP 自 2022 年 1 月 1 日起生效。',
    data: `地图集时间线收录了其中 ${f.policy.length} 个节点及其来源；地图上高亮的是 2015 年 9 月启动的中国—东盟信息港所建设施。`,
    items: f.policy.map((e) => `${e.date}：${e.title[lang]}`),
  }),
  harbour: (f) => ({
    title: '中国—东盟信息港（§1.2(2)）',
    paper:
      '2015 年 9 月宣布启动。论文称，截至 2023 年底已建成 3 条围绕东盟国家的国际通信海缆、12 条跨境陆路光缆和 4 个通信节点（包括南宁国家级互联网骨干直联点），并在老挝、柬埔寨、缅甸设立了澜湄云计算创新中心。',
    data: `论文只给数量、不给名称：地图集高亮它点名的节点和位于${regionList(f.lancangMekong, 'zh')}的云计算中心，不猜测具体是哪几条海缆。`,
  }),
  '5g': (f) => ({
    title: '5G 合作（§1.2(1)）',
    paper:
      '2020 年中国—东盟 5G 网络建设与应用论坛在南宁召开，华为泰国公司投资 4.75 亿泰铢在泰国数字经济促进局总部建立 5G 生态系统创新中心；华为、中兴在马来西亚等国部署了多个 5G 基站；中国移动与东南亚运营商签署战略合作备忘录。',
    data: `数据收录 ${f.fiveG.records} 条 5G 记录，涉及 ${f.fiveG.countries} 个国家和地区；最早的商用发布在 ${f.fiveG.firstYear ?? '?'} 年（${regionList(f.fiveG.firstIn, 'zh')}）。各国按首次商用年份着色。`,
  }),
  land: (f) => ({
    title: '跨境陆缆（§1.2(2)）',
    paper: '信息港截至 2023 年底建成 12 条跨境陆路通信光缆，论文未列出名称。',
    data: `地图集绘出公开来源点明过境地点的 ${f.landFibre.total} 条跨境陆地光缆（${f.landFibre.operational} 条在役），线路为示意。只有数量没有名称的统计留在各国面板中，不画在地图上。`,
  }),
  uneven: (f) => ({
    title: '数字基础设施发展不平衡（§3.1）',
    paper:
      '新加坡无论城市还是偏远地区网络覆盖率都极高，柬埔寨、老挝的覆盖主要集中在城市；新加坡、马来西亚已大规模部署 5G 并探索 6G，部分地区仍在使用 3G，偏远地区甚至以 2G 为主；新加坡拥有高容量数据中心，其他国家则相对滞后。',
    data: `各国云区域与数据中心记录：${ASEAN_ORDER.map((c) => `${regionName(c, 'zh')} ${f.cloud.byCountry[c] ?? 0}`).join('，')}。`,
  }),
  divide: (f) => ({
    title: '数字鸿沟（§3.2）',
    paper: '新加坡的金融科技代表了先进应用；论文指出，越南、缅甸、柬埔寨等国企业和民众对数字技术的认知和应用能力有限。',
    data: `互联网用户占人口比例：${['SG', 'VN', 'KH', 'MM']
      .filter((c) => f.internet[c])
      .map((c) => `${regionName(c, 'zh')} ${f.internet[c]!.value}%（${f.internet[c]!.year}）`)
      .join('，')}。地图按此指标着色。`,
  }),
  competition: (f) => ({
    title: '市场竞争（§3.3）',
    paper:
      '与东盟开展数字基础设施合作的不只中国：美国企业在通信技术和数据中心方面、日本企业在光纤网络和智能交通方面具有优势，欧盟则推动数字规则和跨境数据流动方面的协调。',
    data: `地图集绘出的 ${f.cables.total} 个海缆系统中，${f.cables.byRival.US} 个有美国所有者，${f.cables.byRival.JP} 个有日本所有者，${f.cables.byRival.EU} 个有欧盟所有者，${f.cables.byRival.CN} 个有中国所有者（一个系统常有多个所有者）。${f.cloud.regions} 个超大规模云区域中，中国服务商 ${f.cloud.byHome.CN ?? 0} 个，美国服务商 ${f.cloud.byHome.US ?? 0} 个。地图显示所有者来自美国、日本、法国或意大利的设施。`,
  }),
  faults: (f, l) => ({
    title: '故障记录：2023 年初的越南（地图集数据）',
    paper: '论文未讨论海缆故障；本步骤来自地图集依据公开报道整理的故障记录。',
    data: `记录共有 ${f.faults.total} 起有日期的故障（${f.faults.first ?? '?'}—${f.faults.last ?? '?'} 年）。自 2022 年 11 月起 AAG、APG、AAE-1 相继故障；2023 年 1 月 28 日 Intra Asia 在新加坡附近断裂，2 月 21 日 SMW3 也出现故障，报道称越南五条国际海缆同时受损。地图集对当日的统计为越南 ${l.vn ? `${l.vn.systems} 个系统中 ${l.vn.impaired} 个` : '…'}受损${l.vn && l.vn.impaired >= 5 ? '，与报道一致' : ''}：来源无修复日期的故障计至最后一次有日期的受损报道（无此报道则只计入发生当月）。`,
  }),
  corridor: (_f, l) => ({
    title: '通道中断会怎样（假设情景）',
    paper: '论文未涉及：这是地图集根据自身路由计算的最坏情况。',
    data: `切断绘制路由经过南海通道的海缆段，涉及 ${l.red ?? '…'} 个系统（红色虚线）。按通往区域外的独立路由计算（路由模型，含陆缆）：完全断联的：${l.routes ? (l.routes.cutOff.length ? regionList(l.routes.cutOff, 'zh') : '无') : '…'}；路由减少的：${l.routes ? (l.routes.fewer.length ? fewerList(l.routes.fewer, 'zh') : '无') : '…'}。若按整个系统计数（仅供参考）：不剩国际海缆系统的：${l.none?.length ? regionList(l.none, 'zh') : '无'}；仅剩一个的：${l.one?.length ? regionList(l.one, 'zh') : '无'}。路由与通道均为示意。`,
  }),
  recommendations: () => ({
    title: '对策建议（§4）',
    paper:
      '§4.1 在中国—东盟东部增长区、“一带一路”、澜湄合作、RCEP 等机制基础上增强政治互信、强化政策合作，发挥中国—东盟自贸区、商务与投资峰会、产业合作区的作用；§4.2 利用 RCEP 红利加大投资：创业投资合作平台、专项贷款、数字基础设施建设债券、融资租赁，东盟国家提供税收优惠、专项基金、土地便利；§4.3 深化 RCEP 合作：共建人工智能、大数据、区块链研发中心，降低数字贸易壁垒，合作培养数字人才。',
    data: '数据无法检验这些建议；它能显示论文所说的差距在哪里。离开导览，自行探索。',
  }),
};

export const STORY_WORDS: Record<Lang, Record<StepId, StepWords>> = { en, zh };

export const storyUiEn = {
  story: 'Story',
  storyTitle: 'The paper, step by step',
  start: 'Read the paper as a story',
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  next: 'Next',
  previous: 'Previous',
  leave: 'Leave the story',
  paper: 'The paper',
  data: 'The data',
  hint: 'Arrow keys, swipe or scroll to move between steps.',
  stepLink: 'Link to this step',
  goTo: (n: number) => `Go to step ${n}`,
};
export type StoryUi = typeof storyUiEn;
export const storyUiZh: StoryUi = {
  story: '导览',
  storyTitle: '按步骤读论文',
  start: '以导览方式阅读论文',
  step: (n, of) => `第 ${n} 步，共 ${of} 步`,
  next: '下一步',
  previous: '上一步',
  leave: '离开导览',
  paper: '论文',
  data: '数据',
  hint: '可用方向键、滑动或滚动切换步骤。',
  stepLink: '本步链接',
  goTo: (n) => `转到第 ${n} 步`,
};
export const useStoryUi = (): StoryUi => (useView((s) => s.lang) === 'zh' ? storyUiZh : storyUiEn);
