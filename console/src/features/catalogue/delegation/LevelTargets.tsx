import { Table } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { levelLabel } from '../labels';
import { ITEMS_PATH, type HandlingLevel, type ItemList } from '../model';
import { RuleStatus } from './RuleStatus';
import { PLAN_TARGETS } from './targets';

interface Row {
  level: HandlingLevel;
  target: number;
  count?: number;
}

/** The 16 / 10 / 15 rule: the items each level may handle in the report's catalogue version, against the plan's figure. */
export function LevelTargets({ version }: { version: number }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const results = useQueries({
    queries: PLAN_TARGETS.map((target) => ({
      queryKey: ['registry', 'catalogue', 'items', target.level, version],
      queryFn: () => api.get<ItemList>(ITEMS_PATH, { query: { level: target.level, version } }),
    })),
  });
  const error = results.find((r) => r.error)?.error;
  const rows: Row[] = PLAN_TARGETS.map((target, i) => ({ level: target.level, target: target.items, count: results[i]?.data?.items.length }));
  return (
    <>
      {error && <ProblemAlert error={error} path={ITEMS_PATH} />}
      <Table<Row>
        rowKey="level"
        size="small"
        pagination={false}
        loading={results.some((r) => r.isLoading)}
        dataSource={rows}
        columns={[
          { title: t('network.delegation.level'), dataIndex: 'level', render: (l: string) => levelLabel(tx, l) },
          { title: t('network.delegation.planItems'), dataIndex: 'target', align: 'right' },
          { title: t('network.delegation.catalogueItems', { version }), dataIndex: 'count', align: 'right', render: (c?: number) => c ?? '—' },
          {
            title: t('network.delegation.status'),
            key: 'status',
            render: (_: unknown, r) => (r.count === undefined ? '—' : <RuleStatus met={r.count >= r.target} testId={`level-${r.level}`} />),
          },
        ]}
      />
    </>
  );
}
