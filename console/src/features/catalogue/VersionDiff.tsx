import { useState } from 'react';
import { InputNumber, Space, Typography } from 'antd';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { diffCatalogues } from './diff';
import { DiffView } from './DiffView';
import { CATALOGUE_PATH } from './model';
import { useCatalogueTree } from './useCatalogue';

/** Compares two versions (GET /catalogue?version= for each); by default the current one with the one before it. */
export function VersionDiff({ current }: { current: number }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(Math.max(1, current - 1));
  const [to, setTo] = useState(current);
  const a = useCatalogueTree(from);
  const b = useCatalogueTree(to);
  const ready = a.data?.version === from && b.data?.version === to;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('network.catalogue.diff.from')}</Typography.Text>
        <InputNumber aria-label={t('network.catalogue.diff.from')} min={1} max={current} precision={0} value={from} onChange={(v) => v != null && setFrom(v)} prefix="v" />
        <Typography.Text>{t('network.catalogue.diff.to')}</Typography.Text>
        <InputNumber aria-label={t('network.catalogue.diff.to')} min={1} max={current} precision={0} value={to} onChange={(v) => v != null && setTo(v)} prefix="v" />
      </Space>
      {a.error && <ProblemAlert error={a.error} path={CATALOGUE_PATH} />}
      {b.error && <ProblemAlert error={b.error} path={CATALOGUE_PATH} />}
      {!a.error && !b.error && !ready && <PageLoading />}
      {ready && a.data && b.data && <DiffView diff={diffCatalogues(a.data, b.data)} />}
    </Space>
  );
}
