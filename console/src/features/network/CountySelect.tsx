import { Select, Space, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { Area } from './model';

/** Which county a report or tree is about; the registry's counties, by name and code. */
export function CountySelect({ counties, value, onChange }: { counties: readonly Area[]; value?: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  return (
    <Space>
      <Typography.Text>{t('network.county')}</Typography.Text>
      <Select
        aria-label={t('network.county')}
        style={{ minWidth: 220 }}
        value={value}
        onChange={onChange}
        options={counties.map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }))}
      />
    </Space>
  );
}
