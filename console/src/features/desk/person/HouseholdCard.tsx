import { Table, Tag } from 'antd';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { personPath, useHousehold, type Person } from './personApi';
import { STATUS_COLOR } from './PersonSummary';

/** 家庭成员: persons linked to this one as parent or guardian (e.g. newborns enrolled under them). */
export function HouseholdCard({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const household = useHousehold(personId);
  if (household.error) return <ProblemAlert error={household.error} path={`${personPath(personId)}/household`} />;
  return (
    <Table<Person>
      size="small"
      rowKey="personId"
      loading={household.isPending}
      pagination={false}
      dataSource={household.data ?? []}
      locale={{ emptyText: t('desk.person.household.none') }}
      columns={[
        { key: 'name', title: t('desk.person.name'), dataIndex: 'name' },
        { key: 'id', title: t('desk.person.idNumber'), dataIndex: 'maskedIdNumber' },
        { key: 'birth', title: t('desk.person.birthDate'), dataIndex: 'birthDate' },
        { key: 'scheme', title: t('desk.person.scheme'), render: (_, p) => tx(`desk.enum.scheme.${p.scheme}`, p.scheme) },
        {
          key: 'status',
          title: t('desk.person.status'),
          render: (_, p) => <Tag color={STATUS_COLOR[p.status] ?? 'default'}>{tx(`desk.enum.status.${p.status}`, p.status)}</Tag>,
        },
      ]}
    />
  );
}
