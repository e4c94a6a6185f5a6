import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { useCanWrite } from '../access';
import { policiesPath, type Policy } from '../model';
import { ReadOnlyNote } from '../ReadOnlyNote';
import { RegionSearch } from '../RegionSearch';
import { PolicyDialog } from './PolicyDialog';
import { PolicyTable } from './PolicyTable';

/** 参保地政策 — the policies of one insured region (newest year first); agency-admin creates and edits them. */
export default function PoliciesPage() {
  const api = useApi();
  const { t } = useI18n();
  const canWrite = useCanWrite();
  const [region, setRegion] = useState('330127');
  const [editing, setEditing] = useState<{ policy?: Policy } | null>(null);
  const path = policiesPath(region);
  const list = useQuery({
    queryKey: ['settlement', 'policies', region],
    queryFn: ({ signal }) => api.get<Policy[]>(path, { signal }),
  });
  return (
    <Card
      title={t('settlement.policies.title')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('settlement.policies.new')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('settlement.policies.intro')}</Typography.Text>
        <ReadOnlyNote />
        <RegionSearch label={t('settlement.policies.region')} value={region} onSearch={setRegion} />
        {list.error && <ProblemAlert error={list.error} path={path} />}
        <PolicyTable policies={list.data ?? []} loading={list.isFetching} onEdit={canWrite ? (policy) => setEditing({ policy }) : undefined} />
      </Space>
      {editing && <PolicyDialog region={region} policy={editing.policy} onClose={() => setEditing(null)} />}
    </Card>
  );
}
