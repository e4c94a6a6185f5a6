import { AutoComplete } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { ServicePoint } from '../../api/endpoints/registry';

/** A service point by name or id: pick one of the points listed or type any point's id. */
export function PointPicker({ points, value, onChange, id }: { points: readonly ServicePoint[]; value?: string; onChange?: (id: string) => void; id?: string }) {
  const { t } = useI18n();
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(v?: string) => onChange?.((v ?? '').trim())}
      allowClear
      style={{ width: 260 }}
      placeholder={t('workbench.point.placeholder')}
      options={points.map((p) => ({ value: p.id, label: `${p.name}（${p.id}）` }))}
      filterOption={(input, option) => {
        const text = `${String(option?.label ?? '')} ${String(option?.value ?? '')}`.toLowerCase();
        return text.includes(input.trim().toLowerCase());
      }}
    />
  );
}
