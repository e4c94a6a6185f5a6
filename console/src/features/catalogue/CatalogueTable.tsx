import { Button, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { EntryTarget } from './entryForm';
import { kindLabel, LEVEL_COLOURS, levelLabel } from './labels';
import { HANDLING_LEVELS, type CatalogueTree, type EntryKind, type Item } from './model';

interface Row {
  key: string;
  code: string;
  name: string;
  kind: EntryKind;
  parentCode: string | null;
  item?: Item;
  children?: Row[];
}

export function treeRows(tree: CatalogueTree): Row[] {
  return tree.categories.map((c) => ({
    key: c.code,
    code: c.code,
    name: c.name,
    kind: 'CATEGORY',
    parentCode: null,
    children: c.mainItems.map((m) => ({
      key: m.code,
      code: m.code,
      name: m.name,
      kind: 'MAIN_ITEM',
      parentCode: c.code,
      children: m.subItems.map((i) => ({ key: i.code, code: i.code, name: i.name, kind: 'SUB_ITEM', parentCode: m.code, item: i })),
    })),
  }));
}

const CHILD_KIND: Partial<Record<EntryKind, EntryKind>> = { CATEGORY: 'MAIN_ITEM', MAIN_ITEM: 'SUB_ITEM' };

/** The list as a tree: category → main item → sub-item, with where each sub-item may be handled. */
export function CatalogueTable({ tree, onChange }: { tree: CatalogueTree; onChange?: (target: EntryTarget) => void }) {
  const { t, tx } = useI18n();
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={treeRows(tree)}
      expandable={{ defaultExpandAllRows: true }}
      columns={[
        {
          title: t('network.catalogue.name'),
          key: 'name',
          render: (_: unknown, r) => (
            <Space size={4}>
              <Typography.Text strong={r.kind !== 'SUB_ITEM'}>{r.name}</Typography.Text>
              <Typography.Text type="secondary">{r.code}</Typography.Text>
            </Space>
          ),
        },
        { title: t('network.catalogue.kindTitle'), dataIndex: 'kind', render: (k: EntryKind) => <Tag>{kindLabel(tx, k)}</Tag> },
        {
          title: t('network.catalogue.levels'),
          key: 'levels',
          render: (_: unknown, r) =>
            r.item && (
              <Space size={2} wrap>
                {HANDLING_LEVELS.filter((l) => r.item?.handlingLevels.includes(l)).map((l) => (
                  <Tag key={l} color={LEVEL_COLOURS[l]}>
                    {levelLabel(tx, l)}
                  </Tag>
                ))}
              </Space>
            ),
        },
        {
          title: t('network.catalogue.materials'),
          key: 'materials',
          render: (_: unknown, r) => r.item && (r.item.materials.length === 0 ? t('network.catalogue.noMaterials') : r.item.materials.join('、')),
        },
        {
          title: t('network.catalogue.timeLimit'),
          key: 'timeLimit',
          render: (_: unknown, r) =>
            r.item && (r.item.instant ? <Tag color="green">{t('network.catalogue.instantTag')}</Tag> : t('network.catalogue.days', { days: r.item.timeLimitWorkingDays })),
        },
        { title: t('network.catalogue.online'), key: 'online', render: (_: unknown, r) => r.item && (r.item.onlineCapable ? t('network.yes') : t('network.no')) },
        ...(onChange
          ? [
              {
                title: t('network.catalogue.actions'),
                key: 'actions',
                render: (_: unknown, r: Row) => {
                  const child = CHILD_KIND[r.kind];
                  return (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => onChange({ mode: 'edit', kind: r.kind, code: r.code, parentCode: r.parentCode, item: r.item, name: r.name })}>
                        {t('network.catalogue.edit')}
                      </Button>
                      {child && (
                        <Button type="link" size="small" onClick={() => onChange({ mode: 'add', kind: child, parentCode: r.code })}>
                          {t(child === 'MAIN_ITEM' ? 'network.catalogue.addMain' : 'network.catalogue.addSub')}
                        </Button>
                      )}
                    </Space>
                  );
                },
              },
            ]
          : []),
      ]}
    />
  );
}
