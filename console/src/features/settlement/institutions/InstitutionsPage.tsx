import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { useCanWrite } from '../access';
import { INSTITUTIONS_PATH, type Institution } from '../model';
import { ReadOnlyNote } from '../ReadOnlyNote';
import { LevelHistory } from './LevelHistory';
import { LevelsDialog } from './LevelsDialog';

/** 定点医疗机构登记 — each designated institution's treatment region and level history; agency-admin edits the levels. */
export default function InstitutionsPage() {
  const api = useApi();
  const { t } = useI18n();
  const canWrite = useCanWrite();
  const [editing, setEditing] = useState<Institution | null>(null);
  const list = useQuery({
    queryKey: ['settlement', 'institutions'],
    queryFn: ({ signal }) => api.get<Institution[]>(INSTITUTIONS_PATH, { signal }),
  });
  const columns: ColumnsType<Institution> = [
    { title: t('settlement.institutions.id'), dataIndex: 'institutionId', width: 240 },
    { title: t('settlement.institutions.region'), dataIndex: 'treatmentRegion', width: 110 },
    {
      title: t('settlement.institutions.currentLevel'),
      key: 'current',
      width: 120,
      render: (_, i) => (i.currentLevel ? <Tag color="blue">{t(`settlement.level.${i.currentLevel}`)}</Tag> : <Tag color="orange">{t('settlement.institutions.noLevel')}</Tag>),
    },
    { title: t('settlement.institutions.history'), key: 'history', render: (_, i) => <LevelHistory levels={i.levels} /> },
    {
      title: t('settlement.updated'),
      key: 'updated',
      width: 220,
      render: (_, i) => (i.updatedAt ? t('settlement.updatedBy', { at: formatDateTime(i.updatedAt), by: i.updatedBy ?? '—' }) : '—'),
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, i: Institution) => (
              <Button size="small" onClick={() => setEditing(i)}>
                {t('settlement.institutions.editLevels')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('settlement.institutions.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('settlement.institutions.intro')}</Typography.Text>
        <ReadOnlyNote />
        {list.error && <ProblemAlert error={list.error} path={INSTITUTIONS_PATH} />}
        <Table<Institution>
          rowKey="institutionId"
          size="middle"
          columns={columns}
          dataSource={list.data ?? []}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 900 }}
        />
      </Space>
      {editing && <LevelsDialog institution={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
