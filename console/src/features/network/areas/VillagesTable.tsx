import { useState } from 'react';
import { Table, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { SlicePager } from '../SlicePager';
import { areaPath, type Area } from '../model';
import type { Page } from '../../../api/page';

const PAGE_SIZE = 20;

/** Every village and community under a county or township, a page at a time (GET /areas/{code}/villages). */
export function VillagesTable({ areaCode }: { areaCode: string }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const path = `${areaPath(areaCode)}/villages`;
  const { data, error, isFetching } = useQuery({
    queryKey: ['registry', 'villages', areaCode, page],
    queryFn: () => api.get<Page<Area>>(path, { query: { page, size: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {error && <ProblemAlert error={error} path={path} />}
      <Table<Area>
        rowKey="code"
        size="small"
        loading={isFetching}
        pagination={false}
        dataSource={data?.items ?? []}
        columns={[
          { title: t('network.area.code'), dataIndex: 'code' },
          { title: t('network.area.name'), dataIndex: 'name' },
          { title: t('network.area.population'), dataIndex: 'population', align: 'right', render: (p: number) => p.toLocaleString(locale) },
          { title: t('network.area.urbanKeyArea'), dataIndex: 'urbanKeyArea', render: (u: boolean) => (u ? <Tag color="gold">{t('network.yes')}</Tag> : t('network.no')) },
          {
            title: t('network.area.centroid'),
            key: 'centroid',
            render: (_: unknown, a: Area) => (a.centroid ? `${a.centroid.latitude}, ${a.centroid.longitude}` : '—'),
          },
        ]}
      />
      <SlicePager page={page} hasNext={data?.hasNext ?? false} onPage={setPage} loading={isFetching} />
    </>
  );
}
