import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { Page } from '../../api/page';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A list paged by the server: the page (from 0) and size to ask for, and the table's pagination over the answer. Without a
 * total (a service that answers `hasNext` only) the table offers one page more while there is one.
 */
export function useServerPaging(initialSize: number, sizes: number[] = [10, 20, 50, 100]) {
  const { t } = useI18n();
  const [paging, setPaging] = useState({ page: 0, size: initialSize });
  const pagination = (data: Page<unknown> | undefined): TablePaginationConfig => ({
    current: paging.page + 1,
    pageSize: paging.size,
    total: data?.total ?? paging.page * paging.size + (data?.items.length ?? 0) + (data?.hasNext ? 1 : 0),
    pageSizeOptions: sizes,
    showSizeChanger: true,
    showTotal: data?.total !== undefined ? (total) => t('common.total', { total }) : undefined,
    onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
  });
  return { paging, pagination, firstPage: () => setPaging((p) => ({ ...p, page: 0 })) };
}
