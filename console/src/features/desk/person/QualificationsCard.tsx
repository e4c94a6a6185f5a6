import { Table, Tag } from 'antd';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { personPath, useQualifications, type Qualification } from './personApi';

export const QUALIFICATION_COLOR: Record<string, string> = { ACTIVE: 'green', PENDING: 'blue', EXPIRED: 'default', REVOKED: 'red' };

/** 门慢特病待遇认定 with their status today. */
export function QualificationsCard({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const qualifications = useQualifications(personId);
  if (qualifications.error) return <ProblemAlert error={qualifications.error} path={`${personPath(personId)}/qualifications`} />;
  return (
    <Table<Qualification>
      size="small"
      rowKey="qualificationId"
      loading={qualifications.isPending}
      pagination={false}
      dataSource={qualifications.data ?? []}
      locale={{ emptyText: t('desk.person.qualifications.none') }}
      columns={[
        { key: 'disease', title: t('desk.person.qualifications.disease'), dataIndex: 'diseaseCode' },
        { key: 'validity', title: t('desk.person.qualifications.validity'), render: (_, q) => `${q.validFrom} ~ ${q.validTo}` },
        {
          key: 'status',
          title: t('desk.person.qualifications.status'),
          render: (_, q) => <Tag color={QUALIFICATION_COLOR[q.status] ?? 'default'}>{tx(`desk.enum.qualificationStatus.${q.status}`, q.status)}</Tag>,
        },
        { key: 'evidence', title: t('desk.person.qualifications.evidence'), dataIndex: 'evidenceReference' },
      ]}
    />
  );
}
