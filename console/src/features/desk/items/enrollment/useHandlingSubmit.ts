import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useApi } from '../../../../api/ApiProvider';
import { newIdempotencyKey } from '../../../../api/client';
import { ApiError, type FieldViolation } from '../../../../api/problem';
import { applyFieldErrors } from '../../../../components/formErrors';
import { saveReceipt } from '../../receipt/receiptStore';
import type { Receipt } from '../../types';
import type { HandledResponse } from './handled';

interface Submission<T> {
  path: string;
  body: unknown;
  toReceipt: (answer: HandledResponse<T>) => Receipt;
}

/**
 * Sends a business request under one idempotency key, so a double submit or a retry after a lost answer replays instead of
 * recording twice. enrollment keeps a refusal (4xx) under its key too, so after one the key is renewed: the corrected request
 * is a new request. A 5xx or a lost answer keeps the key (the retry must replay whatever may have been recorded).
 *
 * On success the receipt is built, saved for printing and handed to `onDone`; a 400's field errors go onto the form's fields
 * and the rest is returned as `leftover` for the alert.
 */
export function useHandlingSubmit<T>({
  form,
  fields,
  onDone,
}: {
  form?: FormInstance;
  fields?: readonly string[];
  onDone: (receipt: Receipt) => void;
}) {
  const api = useApi();
  const [key, setKey] = useState(newIdempotencyKey);
  const [leftover, setLeftover] = useState<FieldViolation[]>([]);
  const mutation = useMutation({
    mutationFn: ({ path, body }: Submission<T>) => api.post<HandledResponse<T>>(path, body, { idempotencyKey: key }),
    onMutate: () => setLeftover([]),
    onSuccess: (answer, { toReceipt }) => {
      const receipt = toReceipt(answer);
      // The store may answer the receipt as kept (a replay without the review token keeps the one printed first).
      const saved: Receipt | void = saveReceipt(receipt);
      onDone(saved ?? receipt);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.typeName !== 'idempotency-key-in-flight') {
        setKey(newIdempotencyKey());
      }
      setLeftover(form ? applyFieldErrors(form, error, fields) : error instanceof ApiError ? error.fieldErrors : []);
    },
  });
  return {
    submit: (submission: Submission<T>) => mutation.mutate(submission),
    pending: mutation.isPending,
    error: mutation.error,
    leftover,
    path: mutation.variables?.path,
  };
}
