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

interface Submission<A> {
  path: string;
  body: unknown;
  toReceipt: (answer: A) => Receipt;
}

interface SubmitOptions {
  form?: FormInstance;
  fields?: readonly string[];
  onDone: (receipt: Receipt) => void;
}

/** enrollment's business calls: the answer is `{result, handling}` (HandledResponse). */
export function useHandlingSubmit<T>(options: SubmitOptions) {
  return useAnswerSubmit<HandledResponse<T>>(options);
}

/**
 * Sends a business request under one idempotency key, so a double submit or a retry after a lost answer replays instead of
 * recording twice. The services keep a refusal (4xx) under its key too, so after one the key is renewed: the corrected request
 * is a new request. A 5xx or a lost answer keeps the key (the retry must replay whatever may have been recorded).
 *
 * On success the receipt is built from the answer `A` (enrollment's `{result, handling}`, or settlement-service's record with
 * its handling), saved for printing and handed to `onDone`; a 400's field errors go onto the form's fields and the rest is
 * returned as `leftover` for the alert. Every service applies the platform's one Idempotency-Key behaviour (platform-web).
 */
export function useAnswerSubmit<A>({ form, fields, onDone }: SubmitOptions) {
  const api = useApi();
  const [key, setKey] = useState(newIdempotencyKey);
  const [leftover, setLeftover] = useState<FieldViolation[]>([]);
  const mutation = useMutation({
    mutationFn: ({ path, body }: Submission<A>) => api.post<A>(path, body, { idempotencyKey: key }),
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
    submit: (submission: Submission<A>) => mutation.mutate(submission),
    pending: mutation.isPending,
    error: mutation.error,
    leftover,
    path: mutation.variables?.path,
  };
}
