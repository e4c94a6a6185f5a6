import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { LevelPeriod } from '../model';

/** The level history, oldest first, each entry with the days it is in force. */
export function LevelHistory({ levels }: { levels: readonly LevelPeriod[] }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={2}>
      {levels.map((period) => (
        <span key={period.effectiveFrom} data-testid="level-period">
          <Tag>{t(`settlement.level.${period.level}`)}</Tag>
          <Typography.Text type="secondary">
            {period.effectiveTo
              ? t('settlement.institutions.periodTo', { from: period.effectiveFrom, to: period.effectiveTo })
              : t('settlement.institutions.period', { from: period.effectiveFrom })}
          </Typography.Text>
        </span>
      ))}
    </Space>
  );
}
