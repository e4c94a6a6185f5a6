import { section } from '../section';

export default section(
  {
    'nav.desk': '窗口工作台',
    'nav.handlings': '今日办件',
    'nav.kpis': '网点指标',
    'nav.rectifications': '差评整改',
    'nav.receipt': '办件回执',
    'nav.reviews': '好差评与整改',
    'nav.evaluations': '我的评估任务',
    'nav.auditFlags': '基金监管预警',
  },
  {
    'nav.desk': 'Counter desk',
    'nav.handlings': "Today's handlings",
    'nav.kpis': 'Point KPIs',
    'nav.rectifications': 'Rectifications',
    'nav.receipt': 'Receipt',
    'nav.reviews': 'Reviews and rectifications',
    'nav.evaluations': 'My evaluations',
    'nav.auditFlags': 'Audit flags',
  },
);
