import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { agencyToday } from '../../lib/time';
import { csvBlob, downloadBlob } from '../desk/handlings/csv';
import { useProblemText } from '../../components/ProblemAlert';

/** 导出 CSV: builds the file (which may read every page of a list first) and hands it to the browser, named with today. */
export function ExportButton({ name, build, disabled }: { name: string; build: () => Promise<string> | string; disabled?: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      disabled={disabled}
      onClick={async () => {
        setBusy(true);
        try {
          downloadBlob(csvBlob(await build()), `${name}-${agencyToday()}.csv`);
        } catch (error) {
          void message.error(problemText(error).title);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('settlement.exportCsv')}
    </Button>
  );
}
