/** The demo users of the local realm `chs` (local-stack/src/main/resources/keycloak/chs-realm.json); password `chs-demo`. */
export interface DemoUser {
  username: string;
  /** Where the console sends the user after signing in (src/app/navigation.ts HOME). */
  home: string;
  /** The menu the user's roles are offered, in menu order (src/i18n/sections/nav.ts). */
  menu: readonly string[];
  /** A title the home page shows once it has rendered. */
  homeTitle: string;
  /** The clerk's service point (`service_point_id`). */
  servicePointId?: string;
}

export const DEMO_PASSWORD = 'chs-demo';

const CLERK_MENU = ['窗口工作台', '今日办件', '网点指标', '差评整改'] as const;
/** Settlement supervision: agency-admin's to change, the auditor's to read. */
const SETTLEMENT_MENU = ['异地结算查询', '异地备案查询', '清算与预付金', '参保地政策', '就医地目录', '定点医疗机构'] as const;

export const USERS = {
  clerkVillage: {
    username: 'clerk-village',
    home: '/console/desk',
    menu: CLERK_MENU,
    homeTitle: '窗口工作台 · 赋溪村医保服务点',
    servicePointId: 'sp-fenkou-village',
  },
  clerkTownship: {
    username: 'clerk-township',
    home: '/console/desk',
    menu: CLERK_MENU,
    homeTitle: '窗口工作台 · 汾口镇便民服务中心医保服务站',
    servicePointId: 'sp-fenkou-township',
  },
  admin: {
    username: 'admin',
    home: '/console/reviews',
    menu: [
      '好差评与整改',
      '网点指标与排名',
      '基金监管预警',
      '示范点批次',
      '示范点申报',
      '示范点评估',
      '评选结果',
      '行政区划',
      '服务网点',
      '服务圈覆盖',
      '事项清单',
      '事项下放报告',
      ...SETTLEMENT_MENU,
    ],
    homeTitle: '好差评与整改',
  },
  evaluator: { username: 'evaluator-1', home: '/console/evaluations', menu: ['我的评估任务'], homeTitle: '我的评估任务' },
  evaluator2: { username: 'evaluator-2', home: '/console/evaluations', menu: ['我的评估任务'], homeTitle: '我的评估任务' },
  auditor: { username: 'auditor', home: '/console/audit-flags', menu: ['基金监管预警', ...SETTLEMENT_MENU], homeTitle: '基金监管预警' },
} as const satisfies Record<string, DemoUser>;
