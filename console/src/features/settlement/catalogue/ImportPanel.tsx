import { useRef } from 'react';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { catalogueImportPath, type ImportReport } from '../model';

/** CHS_SETTLEMENT_IMPORT_MAX_SIZE: the gateway and the service refuse larger imports (413). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** The file's text as UTF-8 (FileReader: every browser the agency uses has it). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * 批量导入: a CSV file sent as text/csv; valid lines are stored even when others are rejected, and the report lists each
 * rejected line with its number, field and rule, so the user fixes exactly those and sends them again.
 */
export function ImportPanel({ region }: { region: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const path = catalogueImportPath(region);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > IMPORT_MAX_BYTES) throw new Error(t('settlement.import.tooLarge'));
      return api.post<ImportReport>(path, await readText(file), { headers: { 'Content-Type': 'text/csv' } });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['settlement', 'catalogue', region] }),
  });
  const report = upload.data;
  return (
    <Card size="small" title={t('settlement.import.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('settlement.import.intro')}</Typography.Text>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          data-testid="catalogue-file"
          style={{ display: 'none' }}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) upload.mutate(file);
          }}
        />
        <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => input.current?.click()}>
          {t('settlement.import.choose')}
        </Button>
        {upload.error && <ProblemAlert error={upload.error} path={path} />}
        {report && (
          <>
            <Alert
              type={report.rejected.length ? 'warning' : 'success'}
              showIcon
              role="status"
              title={t('settlement.import.summary', { read: report.linesRead, accepted: report.accepted, rejected: report.rejected.length })}
              description={report.rejected.length ? undefined : t('settlement.import.allAccepted')}
            />
            {report.rejected.length > 0 && (
              <Table
                size="small"
                rowKey={(r) => `${r.line}-${r.field}-${r.rule}`}
                dataSource={report.rejected}
                pagination={report.rejected.length > 20 ? { pageSize: 20 } : false}
                columns={[
                  { title: t('settlement.import.line'), dataIndex: 'line', width: 80 },
                  { title: t('settlement.import.field'), dataIndex: 'field', width: 160 },
                  { title: t('settlement.import.rule'), dataIndex: 'rule', width: 140 },
                  { title: t('settlement.import.message'), dataIndex: 'message' },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Card>
  );
}
