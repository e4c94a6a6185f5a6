import { useState } from 'react';
import { Button, Card, Descriptions, Space, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { CatalogueTable } from './CatalogueTable';
import { EntryDialog } from './EntryDialog';
import type { EntryTarget } from './entryForm';
import { CATALOGUE_PATH } from './model';
import { useCatalogueTree } from './useCatalogue';
import { VersionDiff } from './VersionDiff';
import { VersionsTable } from './VersionsTable';

/** 事项清单 — the four-level service-item list of the current version, its versions, differences and changes. */
export default function CataloguePage() {
  const { t } = useI18n();
  const { data: tree, error } = useCatalogueTree();
  const [target, setTarget] = useState<EntryTarget | undefined>();
  return (
    <Card
      title={t('network.catalogue.title')}
      extra={
        tree && (
          <Button icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'add', kind: 'CATEGORY', parentCode: null })}>
            {t('network.catalogue.addCategory')}
          </Button>
        )
      }
    >
      {error && <ProblemAlert error={error} path={CATALOGUE_PATH} />}
      {!tree && !error && <PageLoading />}
      {tree && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('network.catalogue.currentVersion')}>v{tree.version}</Descriptions.Item>
            <Descriptions.Item label={t('network.catalogue.countyListSize')}>{tree.countyListSize}</Descriptions.Item>
          </Descriptions>
          <Tabs
            items={[
              { key: 'list', label: t('network.catalogue.tab.list'), children: <CatalogueTable tree={tree} onChange={setTarget} /> },
              { key: 'versions', label: t('network.catalogue.tab.versions'), children: <VersionsTable /> },
              { key: 'diff', label: t('network.catalogue.tab.diff'), children: <VersionDiff key={tree.version} current={tree.version} /> },
            ]}
          />
        </Space>
      )}
      {target && tree && <EntryDialog target={target} currentVersion={tree.version} onClose={() => setTarget(undefined)} />}
    </Card>
  );
}
