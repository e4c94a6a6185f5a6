import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Modal, Select, Space, message } from 'antd';
import { useApi } from '../../api/ApiProvider';
import type { Query } from '../../api/client';
import type { ServicePoint } from '../../api/endpoints/registry';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { CloseForm } from './CloseForm';
import { RECTIFICATION_STATUSES, RECTIFICATIONS_PATH, type EvaluationPage, type RectificationStatus, type ReviewView } from './model';
import { PointPicker } from './PointPicker';
import { RectificationTable, type PageState } from './RectificationTable';

export interface RectificationFilter {
  servicePointId?: string;
  status?: RectificationStatus;
  overdue?: boolean;
}

export function adminRectificationQuery(filter: RectificationFilter, paging: PageState): Query {
  return {
    servicePointId: filter.servicePointId || undefined,
    status: filter.status,
    overdue: filter.overdue ? true : undefined,
    page: paging.page,
    size: paging.size,
  };
}

/** 整改 across points: filter by point, status and overdue; close what a point has answered. */
export function AdminRectifications({ points, pointName }: { points: readonly ServicePoint[]; pointName: (id: string) => string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const [messages, messageHolder] = message.useMessage();
  const [form] = Form.useForm<RectificationFilter>();
  const [filter, setFilter] = useState<RectificationFilter>({});
  const [paging, setPaging] = useState<PageState>({ page: 0, size: 10 });
  const [closing, setClosing] = useState<ReviewView | null>(null);
  const query = adminRectificationQuery(filter, paging);
  const list = useQuery({
    queryKey: ['rectifications', query],
    queryFn: ({ signal }) => api.get<EvaluationPage<ReviewView>>(RECTIFICATIONS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {messageHolder}
      <Form<RectificationFilter>
        form={form}
        layout="inline"
        onFinish={(values) => {
          setFilter(values);
          setPaging((p) => ({ ...p, page: 0 }));
        }}
      >
        <Form.Item name="servicePointId" label={t('workbench.point')} htmlFor="rect-point">
          <PointPicker id="rect-point" points={points} />
        </Form.Item>
        <Form.Item name="status" label={t('workbench.status')}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('workbench.status.all')}
            options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`rectification.status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>{t('workbench.overdueOnly')}</Checkbox>
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
                setPaging((p) => ({ ...p, page: 0 }));
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {list.error && <ProblemAlert error={list.error} path={RECTIFICATIONS_PATH} />}
      <RectificationTable
        data={list.data}
        loading={list.isFetching}
        paging={paging}
        onPaging={setPaging}
        pointName={pointName}
        actions={(r) =>
          r.rectification?.status === 'ANSWERED' ? (
            <Button type="primary" size="small" onClick={() => setClosing(r)}>
              {t('workbench.close')}
            </Button>
          ) : null
        }
      />
      <Modal
        open={closing !== null}
        title={t('workbench.close.title', { handlingId: closing?.handlingId ?? '' })}
        footer={null}
        destroyOnHidden
        onCancel={() => setClosing(null)}
        width={640}
      >
        {closing && (
          <CloseForm
            review={closing}
            onCancel={() => setClosing(null)}
            onDone={() => {
              setClosing(null);
              void messages.success(t('workbench.close.done'));
              void queryClient.invalidateQueries({ queryKey: ['rectifications'] });
              void queryClient.invalidateQueries({ queryKey: ['reviews'] });
            }}
          />
        )}
      </Modal>
    </Space>
  );
}
