import { Descriptions, Tag } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Person } from './personApi';

export const STATUS_COLOR: Record<string, string> = {
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  TERMINATED: 'default',
  TRANSFERRED_OUT: 'purple',
  DECEASED: 'default',
};

/** Who the person is and how they are insured (the ID number masked). */
export function PersonSummary({ person }: { person: Person }) {
  const { t, tx } = useI18n();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: 'name', label: t('desk.person.name'), children: person.name },
        { key: 'id', label: t('desk.person.idNumber'), children: <span data-testid="masked-id-number">{person.maskedIdNumber}</span> },
        { key: 'sex', label: t('desk.person.sex'), children: tx(`desk.enum.sex.${person.sex}`, person.sex) },
        { key: 'birth', label: t('desk.person.birthDate'), children: person.birthDate },
        { key: 'scheme', label: t('desk.person.scheme'), children: tx(`desk.enum.scheme.${person.scheme}`, person.scheme) },
        {
          key: 'status',
          label: t('desk.person.status'),
          children: <Tag color={STATUS_COLOR[person.status] ?? 'default'}>{tx(`desk.enum.status.${person.status}`, person.status)}</Tag>,
        },
        { key: 'region', label: t('desk.person.poolingRegion'), children: person.poolingRegion },
        { key: 'coverage', label: t('desk.person.coverageStart'), children: person.coverageStart },
        ...(person.employer
          ? [{ key: 'employer', label: t('desk.person.employer'), children: `${person.employer.name}（${person.employer.creditCode}）` }]
          : []),
        ...(person.newborn ? [{ key: 'newborn', label: t('desk.person.newborn'), children: t('desk.person.newborn.yes') }] : []),
      ]}
    />
  );
}
