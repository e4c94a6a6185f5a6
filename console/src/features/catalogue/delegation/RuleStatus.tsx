import { Tag } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useI18n } from '../../../i18n/I18nProvider';

/** Met / not met, in words and colour, never colour alone. */
export function RuleStatus({ met, testId }: { met: boolean; testId?: string }) {
  const { t } = useI18n();
  return met ? (
    <Tag color="success" icon={<CheckCircleFilled />} data-testid={testId} data-met="true">
      {t('network.delegation.met')}
    </Tag>
  ) : (
    <Tag color="error" icon={<CloseCircleFilled />} data-testid={testId} data-met="false">
      {t('network.delegation.notMet')}
    </Tag>
  );
}
