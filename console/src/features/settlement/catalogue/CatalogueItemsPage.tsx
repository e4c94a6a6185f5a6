import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/ApiProvider';
import type { Page } from '../../../api/page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatRatio } from '../../desk/items/settlement/money';
import { useCanWrite } from '../access';
import { catalogueItemsPath, type CatalogueItem } from '../model';
import { useServerPaging } from '../paging';
import { ReadOnlyNote } from '../ReadOnlyNote';
import { RegionSearch } from '../RegionSearch';
import { ImportPanel } from './ImportPanel';
import { ItemDialog } from './ItemDialog';

/** 就医地目录 — a treatment region's items by code, paged from the server; agency-admin edits items and imports CSV. */
export default function CatalogueItemsPage() {
  const api = useApi();
  const { t } = useI18n();
  const canWrite = useCanWrite();
  const [region, setRegion] = useState('330127');
  const { paging, pagination, firstPage } = useServerPaging(50, [20, 50, 100, 200]);
  const [editing, setEditing] = useState<{ item?: CatalogueItem } | null>(null);
  const path = catalogueItemsPath(region);
  const list = useQuery({
    queryKey: ['settlement', 'catalogue', region, paging],
    queryFn: ({ signal }) => api.get<Page<CatalogueItem>>(path, { query: paging, signal }),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<CatalogueItem> = [
    { title: t('settlement.catalogue.itemCode'), dataIndex: 'itemCode', width: 140 },
    { title: t('settlement.catalogue.name'), dataIndex: 'name' },
    {
      title: t('settlement.catalogue.itemClass'),
      key: 'class',
      width: 90,
      render: (_, i) => <Tag color={i.itemClass === 'CLASS_A' ? 'green' : i.itemClass === 'CLASS_B' ? 'blue' : 'default'}>{t(`settlement.itemClass.${i.itemClass}`)}</Tag>,
    },
    { title: t('settlement.catalogue.selfPayFirstShare'), key: 'share', width: 120, render: (_, i) => (i.selfPayFirstShare != null ? formatRatio(i.selfPayFirstShare) : '—') },
    { title: t('settlement.catalogue.quantityLimit'), key: 'limit', width: 120, render: (_, i) => (i.quantityLimit != null ? String(i.quantityLimit) : '—') },
    {
      title: t('settlement.catalogue.restricted'),
      key: 'restricted',
      width: 180,
      render: (_, i) => (i.restricted ? `${t('common.yes')}${i.qualifyingDiseaseCodes?.length ? `（${i.qualifyingDiseaseCodes.join('、')}）` : ''}` : t('common.no')),
    },
    ...(canWrite
      ? [{ title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, i: CatalogueItem) => <Button size="small" onClick={() => setEditing({ item: i })}>{t('settlement.edit')}</Button> }]
      : []),
  ];
  return (
    <Card
      title={t('settlement.catalogue.title')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('settlement.catalogue.add')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('settlement.catalogue.intro')}</Typography.Text>
        <ReadOnlyNote />
        <RegionSearch
          label={t('settlement.catalogue.region')}
          value={region}
          onSearch={(next) => {
            setRegion(next);
            firstPage();
          }}
        />
        {canWrite && <ImportPanel region={region} />}
        {list.error && <ProblemAlert error={list.error} path={path} />}
        <Table<CatalogueItem>
          rowKey="itemCode"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('settlement.catalogue.empty') }}
          pagination={pagination(list.data)}
        />
      </Space>
      {editing && <ItemDialog region={region} item={editing.item} onClose={() => setEditing(null)} />}
    </Card>
  );
}
