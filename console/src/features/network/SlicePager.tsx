import { Button, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/I18nProvider';

/** Previous / next over a registry slice (no total to show: the registry does not count). */
export function SlicePager({ page, hasNext, onPage, loading }: { page: number; hasNext: boolean; onPage: (page: number) => void; loading?: boolean }) {
  const { t } = useI18n();
  return (
    <Space style={{ marginTop: 12 }}>
      <Button icon={<LeftOutlined />} disabled={page === 0 || loading} onClick={() => onPage(page - 1)}>
        {t('network.page.previous')}
      </Button>
      <Typography.Text>{t('network.page.number', { page: page + 1 })}</Typography.Text>
      <Button disabled={!hasNext || loading} onClick={() => onPage(page + 1)}>
        {t('network.page.next')} <RightOutlined />
      </Button>
    </Space>
  );
}
