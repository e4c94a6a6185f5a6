import { Table, Tag } from 'antd';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { personPath, useContributions, type ContributionYear } from './personApi';

/** Yuan with two decimals (the services write BigDecimal amounts as JSON numbers). */
export function formatYuan(amount: number | string): string {
  return `¥${Number(amount).toFixed(2)}`;
}

/** 缴费记录 by year, with whether the year is covered. */
export function ContributionsCard({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const years = useContributions(personId);
  if (years.error) return <ProblemAlert error={years.error} path={`${personPath(personId)}/contributions`} />;
  return (
    <Table<ContributionYear>
      size="small"
      rowKey="year"
      loading={years.isPending}
      pagination={false}
      dataSource={years.data ?? []}
      locale={{ emptyText: t('desk.person.contributions.none') }}
      columns={[
        { key: 'year', title: t('desk.person.contributions.year'), dataIndex: 'year' },
        { key: 'total', title: t('desk.person.contributions.total'), render: (_, y) => formatYuan(y.total) },
        {
          key: 'covered',
          title: t('desk.person.contributions.covered'),
          render: (_, y) => <Tag color={y.covered ? 'green' : 'orange'}>{t(y.covered ? 'desk.person.contributions.yes' : 'desk.person.contributions.no')}</Tag>,
        },
        {
          key: 'detail',
          title: t('desk.person.contributions.detail'),
          render: (_, y) =>
            y.contributions.map((c) => (
              <div key={`${c.channel}-${c.receiptNumber}`}>
                {formatYuan(c.amount)} · {tx(`desk.enum.contributionChannel.${c.channel}`, c.channel)} · {c.receiptNumber} · {formatDateTime(c.paidAt)}
              </div>
            )),
        },
      ]}
    />
  );
}
