import { Empty, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { CatalogueDiff, ChangedEntry, ComparedField, FieldChange, FlatEntry } from './diff';
import { kindLabel, levelLabel } from './labels';

function useValueText() {
  const { t, tx } = useI18n();
  return (field: ComparedField, value: FieldChange['before']): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('network.yes') : t('network.no');
    if (Array.isArray(value)) {
      if (value.length === 0) return '—';
      return field === 'handlingLevels' ? value.map((l) => levelLabel(tx, l)).join('、') : value.join('、');
    }
    return String(value);
  };
}

function EntryList({ title, entries, colour }: { title: string; entries: FlatEntry[]; colour: string }) {
  const { tx } = useI18n();
  return (
    <Table<FlatEntry>
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={entries}
      columns={[
        { dataIndex: 'code', render: (c: string) => <Tag color={colour}>{c}</Tag> },
        { dataIndex: 'name' },
        { dataIndex: 'kind', render: (k: string) => kindLabel(tx, k) },
      ]}
      showHeader={false}
    />
  );
}

/** Two versions of the list side by side: entries added, removed, and each changed field before and after. */
export function DiffView({ diff }: { diff: CatalogueDiff }) {
  const { t, tx } = useI18n();
  const text = useValueText();
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) {
    return <Empty description={t('network.catalogue.diff.none', { from: diff.from, to: diff.to })} />;
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {diff.added.length > 0 && <EntryList title={t('network.catalogue.diff.added', { count: diff.added.length })} entries={diff.added} colour="green" />}
      {diff.removed.length > 0 && <EntryList title={t('network.catalogue.diff.removed', { count: diff.removed.length })} entries={diff.removed} colour="red" />}
      {diff.changed.length > 0 && (
        <Table<ChangedEntry>
          title={() => <Typography.Text strong>{t('network.catalogue.diff.changed', { count: diff.changed.length })}</Typography.Text>}
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={diff.changed}
          columns={[
            { title: t('network.catalogue.code'), dataIndex: 'code', render: (c: string) => <Tag color="blue">{c}</Tag> },
            { title: t('network.catalogue.name'), dataIndex: 'name' },
            {
              title: t('network.catalogue.diff.fields'),
              key: 'fields',
              render: (_: unknown, e) => (
                <table className="catalogue-diff-fields">
                  <tbody>
                    {e.fields.map((f) => (
                      <tr key={f.field} data-testid={`diff-${e.code}-${f.field}`}>
                        <th style={{ textAlign: 'left', paddingRight: 12, fontWeight: 'normal' }}>{tx(`network.catalogue.field.${f.field}`, f.field)}</th>
                        <td>
                          <Typography.Text delete type="secondary">{text(f.field, f.before)}</Typography.Text> → <Typography.Text>{text(f.field, f.after)}</Typography.Text>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
