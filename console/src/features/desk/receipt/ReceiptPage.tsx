import { Button, Flex, Result } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import { findReceipt } from './receiptStore';
import { ReceiptView } from './ReceiptView';

/** 办件回执 of a handling done in this browser session (/desk/receipts/:handlingId), to print for the citizen. */
export default function ReceiptPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { handlingId = '' } = useParams();
  const receipt = handlingId ? findReceipt(handlingId) : undefined;

  if (!receipt) {
    return (
      <Result
        status="warning"
        title={t('receipt.missing.title')}
        subTitle={t('receipt.missing.detail', { handlingId })}
        extra={
          <Button type="primary" onClick={() => void navigate('/desk/handlings')}>
            {t('receipt.toHandlings')}
          </Button>
        }
      />
    );
  }

  return (
    <div className="chs-receipt-page">
      <Flex className="chs-receipt-toolbar chs-no-print" justify="space-between" align="center" gap={8}>
        <Link to="/desk/handlings">{t('receipt.toHandlings')}</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('common.print')}
        </Button>
      </Flex>
      <ReceiptView receipt={receipt} />
    </div>
  );
}
