import { Tag } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { DeclarationStatus } from '../model';

const COLOURS: Record<DeclarationStatus, string> = {
  DECLARED: 'default',
  UNDER_CONSTRUCTION: 'processing',
  CONSTRUCTED: 'cyan',
  UNDER_REVIEW: 'blue',
  SCORED: 'purple',
  AWARDED: 'gold',
  NOT_SELECTED: 'default',
  VETOED: 'red',
};

export function StatusTag({ status }: { status: DeclarationStatus }) {
  const { t } = useI18n();
  return <Tag color={COLOURS[status]}>{t(`sites.status.${status}`)}</Tag>;
}
