import { useState } from 'react';
import { Button, DatePicker, Flex, Space, Table, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useCaller } from '../../../auth/CallerProvider';
import { useServicePointName } from '../../../app/useServicePointName';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday, dayjs, formatTime } from '../../../lib/time';
import { loadReceipts } from '../receipt/receiptStore';
import { csvBlob, downloadBlob, toCsv } from './csv';
import { handlingColumns, handlingsCsvTable } from './handlingColumns';
import { mergeHandlings, type HandlingRow, type HandlingSource, type LoadedSource } from './mergeHandlings';
import { SourceProblem } from './SourceProblem';
import { useHandlingSource } from './useHandlingSource';

const SOURCES: readonly HandlingSource[] = ['enrollment', 'settlement'];

/** 今日办件: the point's handlings of a day from enrollment-service and settlement-service, in completion order. */
export default function HandlingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const caller = useCaller();
  const pointName = useServicePointName(caller.servicePointId);
  const today = agencyToday();
  const [date, setDate] = useState(today);
  const enrollment = useHandlingSource('enrollment', date);
  const settlement = useHandlingSource('settlement', date);
  const bySource = { enrollment, settlement };

  const loaded = SOURCES.map((s) => bySource[s].loaded).filter((l): l is LoadedSource => !!l);
  const { rows, cutoff } = mergeHandlings(loaded);
  const failed = SOURCES.filter((s) => bySource[s].query.isError);
  const shown = SOURCES.filter((s) => !!bySource[s].loaded);
  const loading = SOURCES.some((s) => bySource[s].query.isLoading);
  const fetchingMore = SOURCES.some((s) => bySource[s].query.isFetchingNextPage);
  const more = SOURCES.filter((s) => bySource[s].query.hasNextPage);
  const withReceipt = new Set(loadReceipts().map((r) => r.handling.handlingId));

  const exportCsv = () => {
    const { header, cells } = handlingsCsvTable(i18n, rows);
    downloadBlob(csvBlob(toCsv(header, cells)), `${t('handlings.csv.fileName')}-${caller.servicePointId ?? ''}-${date}.csv`);
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {date === today ? t('handlings.title.today') : t('handlings.title.day', { date })}
          {caller.servicePointId && (
            <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 12 }}>
              {t('handlings.point', { point: pointName ?? '' })}
            </Typography.Text>
          )}
        </Typography.Title>
        <Space wrap>
          <DatePicker
            aria-label={t('handlings.date')}
            allowClear={false}
            value={dayjs(date)}
            disabledDate={(d) => d.isAfter(dayjs(today), 'day')}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          />
          <Button icon={<ReloadOutlined />} onClick={() => SOURCES.forEach((s) => void bySource[s].query.refetch())}>
            {t('common.refresh')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={rows.length === 0}>
            {t('handlings.export')}
          </Button>
        </Space>
      </Flex>
      {failed.map((s) => (
        <SourceProblem key={s} source={s} error={bySource[s].query.error} otherShown={shown.find((o) => o !== s) ?? null} />
      ))}
      {(shown.length > 0 || loading) && (
        <Table<HandlingRow>
          rowKey="handlingId"
          size="middle"
          loading={loading}
          columns={handlingColumns(i18n, withReceipt)}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: failed.length > 0 ? t('handlings.empty.partial') : t('handlings.empty') }}
          footer={() => (
            <Flex justify="space-between" align="center" wrap gap={8}>
              <span>{t('handlings.count', { count: rows.length })}</span>
              {more.length > 0 && (
                <Space>
                  {cutoff && <Typography.Text type="secondary">{t('handlings.cutoff', { time: formatTime(cutoff) })}</Typography.Text>}
                  <Button loading={fetchingMore} onClick={() => more.forEach((s) => void bySource[s].query.fetchNextPage())}>
                    {t('handlings.more')}
                  </Button>
                </Space>
              )}
            </Flex>
          )}
        />
      )}
    </Flex>
  );
}
