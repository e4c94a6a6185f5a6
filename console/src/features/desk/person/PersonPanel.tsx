import { Button, Card, Space, Spin, Tabs } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { ContributionsCard } from './ContributionsCard';
import { FilingsCard } from './FilingsCard';
import { HouseholdCard } from './HouseholdCard';
import { personPath, usePerson, type Person } from './personApi';
import { PersonSummary } from './PersonSummary';
import { QualificationsCard } from './QualificationsCard';
import { StatusHistory } from './StatusHistory';

/**
 * The citizen being served: who they are, their status with its history, contributions, chronic-disease qualifications,
 * cross-region filings and household. Each part is read on its own, so one unavailable service leaves the others readable.
 */
export function PersonPanel({ personId, initial, onClear }: { personId: string; initial?: Person; onClear: () => void }) {
  const { t } = useI18n();
  const person = usePerson(personId, initial);
  return (
    <Card
      title={person.data ? `${t('desk.person.title')}：${person.data.name}` : t('desk.person.title')}
      extra={
        <Space>
          <Button icon={<SwapOutlined />} onClick={onClear}>
            {t('desk.person.clear')}
          </Button>
        </Space>
      }
    >
      {person.error && <ProblemAlert error={person.error} path={personPath(personId)} />}
      {person.isPending && <Spin />}
      {person.data && (
        <>
          <PersonSummary person={person.data} />
          <Tabs
            style={{ marginTop: 12 }}
            items={[
              { key: 'history', label: t('desk.person.tab.history'), children: <StatusHistory changes={person.data.statusHistory ?? []} /> },
              { key: 'contributions', label: t('desk.person.tab.contributions'), children: <ContributionsCard personId={personId} /> },
              { key: 'qualifications', label: t('desk.person.tab.qualifications'), children: <QualificationsCard personId={personId} /> },
              { key: 'filings', label: t('desk.person.tab.filings'), children: <FilingsCard personId={personId} /> },
              { key: 'household', label: t('desk.person.tab.household'), children: <HouseholdCard personId={personId} /> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
