import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, message } from 'antd';
import { useApi } from '../../api/ApiProvider';
import type { Query } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { RECTIFICATIONS_PATH, type ReviewView } from './model';
import { RectificationStepForm, STEPS, type RectificationStep } from './RectificationStepForm';
import { RectificationTable, type PageState } from './RectificationTable';
import type { Page } from '../../api/page';

interface Props {
  /** The list's filter (point, status, overdue); paging is added here. */
  query: Query;
  paging: PageState;
  onPaging: (paging: PageState) => void;
  /** The step this reader takes on a row in the step's status: the clerk answers, the agency closes. */
  step: RectificationStep;
  /** Given on the agency's page: adds the point column. */
  pointName?: (servicePointId: string) => string;
}

/**
 * 差评整改 as a list a person works through: one page of the server's list (overdue rows in red), an action on each row the
 * reader's step applies to, and that step's form in a dialog. The clerk's and the agency's pages differ only in filter and step.
 */
export function RectificationList({ query, paging, onPaging, step, pointName }: Props) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const [messages, messageHolder] = message.useMessage();
  const [acting, setActing] = useState<ReviewView | null>(null);
  const spec = STEPS[step];
  const fullQuery = { ...query, page: paging.page, size: paging.size };
  const list = useQuery({
    queryKey: ['rectifications', fullQuery],
    queryFn: ({ signal }) => api.get<Page<ReviewView>>(RECTIFICATIONS_PATH, { query: fullQuery, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {messageHolder}
      {list.error && <ProblemAlert error={list.error} path={RECTIFICATIONS_PATH} />}
      <RectificationTable
        data={list.data}
        loading={list.isFetching}
        paging={paging}
        onPaging={onPaging}
        pointName={pointName}
        actions={(r) =>
          r.rectification?.status === spec.from ? (
            <Button type="primary" size="small" autoInsertSpace={false} onClick={() => setActing(r)}>
              {t(spec.labels.action)}
            </Button>
          ) : null
        }
      />
      <Modal
        open={acting !== null}
        title={t(spec.labels.title, { handlingId: acting?.handlingId ?? '' })}
        footer={null}
        destroyOnHidden
        onCancel={() => setActing(null)}
        width={640}
      >
        {acting && (
          <RectificationStepForm
            step={step}
            review={acting}
            onCancel={() => setActing(null)}
            onDone={() => {
              setActing(null);
              void messages.success(t(spec.labels.done));
              void queryClient.invalidateQueries({ queryKey: ['rectifications'] });
              void queryClient.invalidateQueries({ queryKey: ['reviews'] });
            }}
          />
        )}
      </Modal>
    </>
  );
}
