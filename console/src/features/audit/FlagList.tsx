import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { AuditFlag } from './model';

/** The flags of one settlement: rule, whether it blocks, the item, what was found and the evidence behind it. */
export function FlagList({ flags }: { flags: readonly AuditFlag[] }) {
  const { t, tx } = useI18n();
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      {flags.map((flag, index) => (
        <div key={`${flag.rule}-${flag.itemCode ?? ''}-${index}`} data-testid="audit-flag">
          <Space size={4} wrap>
            <Tag color="volcano">{tx(`workbench.audit.rule.${flag.rule}`, flag.rule)}</Tag>
            {flag.blocking ? <Tag color="red">{t('workbench.audit.blocking')}</Tag> : <Tag>{t('workbench.audit.warning')}</Tag>}
            {flag.itemCode && <Typography.Text code>{flag.itemCode}</Typography.Text>}
          </Space>
          <Typography.Paragraph style={{ margin: '4px 0' }}>{flag.message}</Typography.Paragraph>
          {Object.keys(flag.evidence ?? {}).length > 0 && (
            <dl className="chs-evidence" style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12 }}>
              {Object.entries(flag.evidence).map(([key, value]) => (
                <div key={key} style={{ display: 'contents' }}>
                  <dt style={{ color: 'rgba(0,0,0,0.45)' }}>{tx(`workbench.audit.evidence.${key}`, key)}</dt>
                  <dd style={{ margin: 0 }}>{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      ))}
    </Space>
  );
}
