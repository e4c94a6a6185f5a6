import { Descriptions, Tag } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatRatio, formatYuan } from '../../desk/items/settlement/money';
import type { Amounts } from '../model';

const YUAN = ['total', 'selfPay', 'selfPayFirst', 'inScope', 'deductible', 'deductiblePart'] as const;
const AFTER = ['fundCandidate', 'annualCap', 'fundPaidBefore', 'fundPayment', 'personalPayment'] as const;

/** Every named amount of the calculation in its order (total → in-scope → deductible → ratio → fund → personal). */
export function AmountsView({ amounts }: { amounts: Amounts }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      items={[
        ...YUAN.map((key) => ({ key, label: t(`settlement.amount.${key}`), children: formatYuan(amounts[key]) })),
        { key: 'ratio', label: t('settlement.amount.ratio'), children: formatRatio(amounts.ratio) },
        ...AFTER.map((key) => ({
          key,
          label: t(`settlement.amount.${key}`),
          children:
            key === 'fundPayment' && amounts.capReached ? (
              <>
                {formatYuan(amounts[key])} <Tag color="orange">{t('settlement.amount.capReached')}</Tag>
              </>
            ) : (
              formatYuan(amounts[key])
            ),
        })),
      ]}
    />
  );
}
