import { useState } from 'react';
import { Descriptions, Flex, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../../api/ApiProvider';
import type { FieldViolation } from '../../../../api/problem';
import { useCaller } from '../../../../auth/CallerProvider';
import { applyFieldErrors } from '../../../../components/formErrors';
import { useI18n } from '../../../../i18n/I18nProvider';
import { saveReceipt } from '../../receipt/receiptStore';
import type { ItemFormProps } from '../../types';
import { counterTimes } from './counter';
import { filingTypeText, revocationReceipt, validityText } from './filingReceipts';
import { filingsQueryKey } from './NewFilingForm';
import { findRevocationHandling } from './revocationHandling';
import { filingRevocationPath, type FilingResponse, type RevocationRequest } from './settlementApi';
import { HandlingProblem } from '../enrollment/HandlingProblem';
import { TicketNotCalled } from './TicketNotCalled';

/** RevocationRequest.reason: @NotBlank @Size(max = 500). */
const REASON_MAX = 500;

interface Props extends ItemFormProps {
  filing: FilingResponse;
  onClose: () => void;
  /** The revocation was recorded but its handling could not be found, so there is no receipt to hand out. */
  onWithoutReceipt: (notice: string) => void;
}

/** 撤销备案 — itself a handling at the counter (under the filing's item), with its own receipt. */
export function RevokeDialog(props: Props) {
  const { filing, person, ticket } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const caller = useCaller();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<{ error: unknown; rest: FieldViolation[] } | null>(null);
  const path = filingRevocationPath(filing.id);

  const revoke = useMutation({
    mutationFn: async (body: RevocationRequest) => {
      const revoked = await api.post<FilingResponse>(path, body);
      // the answer carries the revocation's handling; an older settlement-service names only the filing's, so look it up
      const handling = revoked.handling ?? (await findRevocationHandling(api, revoked).catch(() => undefined));
      return { revoked, handling };
    },
    onSuccess: ({ revoked, handling }) => {
      void queryClient.invalidateQueries({ queryKey: filingsQueryKey(person?.personId) });
      if (!handling) {
        props.onWithoutReceipt(t('settlementItems.revocation.noReceipt', { id: revoked.id }));
        return;
      }
      const receipt = revocationReceipt(i18n, { props, operator: caller.username }, revoked, handling, person);
      props.onDone(saveReceipt(receipt));
    },
    onError: (error) => setProblem({ error, rest: applyFieldErrors(form, error, ['reason']) }),
  });

  return (
    <Modal
      open
      title={t('settlementItems.revocation.title')}
      okText={t('settlementItems.revocation.submit')}
      okButtonProps={{ danger: true, loading: revoke.isPending, disabled: !ticket.calledAt }}
      cancelButtonProps={{ disabled: revoke.isPending }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Flex vertical gap={12}>
        {!ticket.calledAt && <TicketNotCalled />}
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'id', label: t('settlementItems.filing.id'), children: filing.id },
            { key: 'type', label: t('settlementItems.filing.type'), children: `${filingTypeText(i18n, filing.type)}（${filing.itemCode}）` },
            { key: 'region', label: t('settlementItems.filing.treatmentRegion'), children: filing.treatmentRegion },
            { key: 'validity', label: t('settlementItems.filing.validityLabel'), children: validityText(i18n, filing) },
          ]}
        />
        {problem && <HandlingProblem error={problem.error} leftover={problem.rest} path={path} />}
        <Form
          form={form}
          layout="vertical"
          name="revocation"
          disabled={revoke.isPending}
          onFinish={(values) => {
            setProblem(null);
            revoke.mutate({ reason: values.reason.trim(), ...counterTimes(ticket) });
          }}
        >
          <Form.Item
            name="reason"
            label={t('settlementItems.revocation.reason')}
            rules={[
              { required: true, whitespace: true, message: t('settlementItems.revocation.reason.required') },
              { max: REASON_MAX, message: t('settlementItems.revocation.reason.max', { max: REASON_MAX }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={REASON_MAX} showCount />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
